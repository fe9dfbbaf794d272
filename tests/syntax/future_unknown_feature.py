# A feature that does not exist.
from __future__ import spam
