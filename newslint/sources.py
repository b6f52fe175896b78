"""The old name of :mod:`newslint.reading` (reading and decoding drafts), kept so that
``newslint.sources`` imports keep working. It is the same module object: setting an
attribute here sets it there."""

import sys

from newslint import reading

sys.modules[__name__] = reading
