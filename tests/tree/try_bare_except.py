# A bare except: matches everything and ends the chain (no re-raise).
try:
    risky()
except OSError:
    handle()
except:
    fallback()
