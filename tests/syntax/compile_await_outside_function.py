# await at module level.
result = await fetch()
