# The finally body is compiled again one block deeper, where its loop no longer fits.
while x:
 while x:
  while x:
   while x:
    while x:
     while x:
      while x:
       while x:
        while x:
         while x:
          while x:
           while x:
            while x:
             while x:
              while x:
               while x:
                while x:
                 while x:
                  while x:
                   try:
                    pass
                   finally:
                    for z in q:
                     pass
