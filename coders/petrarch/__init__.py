"""Readers for the PETRARCH/TABARI dictionary formats, and the importer into eventcoder's own.

Each reader returns the records it could read and a `Problem` (file, line, message) for every
line it could not, and goes on with the next line.
"""
