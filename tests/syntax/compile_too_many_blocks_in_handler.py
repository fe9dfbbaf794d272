# The handler's cleanup block is the twentieth; the loop inside is one too many.
with a:
 with a:
  with a:
   with a:
    with a:
     with a:
      with a:
       with a:
        with a:
         with a:
          with a:
           with a:
            with a:
             with a:
              with a:
               with a:
                with a:
                 with a:
                  try:
                   pass
                  except OSError:
                   for z in q:
                    pass
