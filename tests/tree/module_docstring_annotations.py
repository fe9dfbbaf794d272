"""The module docstring becomes __doc__; annotations at module level set up
__annotations__ first."""
count: int = 0
name: str
