# A lone starred target.
*rest = values
