# -*- coding: ascii -*-
name = "café"
