# A future import after other statements.
import os
from __future__ import annotations
