"""`python -m ngo_calendar` and the `ngo-calendar` command."""

import sys

from ngo_calendar.cli import run


def main() -> None:
    sys.exit(run(sys.argv[1:]))


if __name__ == "__main__":
    main()
