#!/usr/bin/env python3
# The declaration below is on line 3 and therefore ignored.
# -*- coding: latin-1 -*-
name = "café"
