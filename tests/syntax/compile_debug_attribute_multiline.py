# The location moves to the attribute name when the target spans lines.
(config
    .__debug__) = False
