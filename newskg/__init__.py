"""newskg: knowledge graphs of who did what, where and when, from Chinese local news."""

__version__ = "0.1.0"
