"""The command line: one parser (main.py) and one plain function per command, which never imports the parser."""
