# The famous easter egg.
from __future__ import braces
