"""`python -m ngo_calendar` and the `ngo-calendar` command."""

from ngo_calendar.app import main

if __name__ == "__main__":
    main()
