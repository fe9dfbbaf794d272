# A Latin-1 byte without an encoding declaration.
name = "café"
