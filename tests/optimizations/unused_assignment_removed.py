# In a function that runs no code of the program and cannot raise, nothing
# can look at its local variables, so once their reads are replaced by
# constants the assignments nothing reads any more are removed (also one
# never read at all); the branches' assignments to the returned variable
# stay, with their values folded. (An `is` test runs no code; the truth of
# an object of unknown type would: its __bool__ could look at the frame.)
def pure(flag):
    a = 2
    b = a * 21
    unused = "never read"
    if flag is None:
        c = b + 1
    else:
        c = b - 1
    return c


print(pure(None), pure(0))
# CHECK: name="pure">
# CHECK-NOT: variable="{{a|b|unused}}"
# CHECK-NOT: never read
# CHECK: <node kind="StatementAssignmentVariable" line="12" {{.*}}variable="c"
# CHECK-NEXT: <role name="source">
# CHECK-NEXT: value="43" type="int"/>
# CHECK: <node kind="StatementAssignmentVariable" line="14" {{.*}}variable="c"
# CHECK-NEXT: <role name="source">
# CHECK-NEXT: value="41" type="int"/>
# CHECK-NOT: variable="{{a|b|unused}}"
# CHECK: <node kind="StatementReturn" line="15"
# OPT: unused_assignment_removed.py:8: new_statements: Removed assignment to never read variable 'a'.
# OPT: unused_assignment_removed.py:9: new_statements: Removed assignment to never read variable 'b'.
# OPT: unused_assignment_removed.py:10: new_statements: Removed assignment to never read variable 'unused'.
