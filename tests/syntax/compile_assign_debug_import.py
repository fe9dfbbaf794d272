# Imports bind names too.
import os
import __debug__
