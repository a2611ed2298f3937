"""The command line. Its words (parser.py) import argparse only, so that `--help` and a usage
error answer at once; the commands (commands.py for items, lists.py for channels and
campaigns) run the same core services as the window. app.py parses, opens the workspace and
calls `commands.dispatch`; errors are put in words by `commands.error_line`."""
