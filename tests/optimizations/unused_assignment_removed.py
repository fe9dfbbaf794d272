# In a function that runs no code of the program and cannot raise, nothing
# can look at its local variables, so once their reads are replaced by
# constants the assignments nothing reads any more are removed (also one
# never read at all); the branches' assignments to the returned variable
# stay, with their values folded.
def pure(flag):
    a = 2
    b = a * 21
    unused = "never read"
    if flag:
        c = b + 1
    else:
        c = b - 1
    return c


print(pure(True), pure(False))
# CHECK: name="pure">
# CHECK-NOT: variable="{{a|b|unused}}"
# CHECK-NOT: never read
# CHECK: <node kind="StatementAssignmentVariable" line="11" {{.*}}variable="c"
# CHECK-NEXT: <role name="source">
# CHECK-NEXT: value="43" type="int"/>
# CHECK: <node kind="StatementAssignmentVariable" line="13" {{.*}}variable="c"
# CHECK-NEXT: <role name="source">
# CHECK-NEXT: value="41" type="int"/>
# CHECK-NOT: variable="{{a|b|unused}}"
# CHECK: <node kind="StatementReturn" line="14"
# OPT: unused_assignment_removed.py:7: new_statements: Removed assignment to never read variable 'a'.
# OPT: unused_assignment_removed.py:8: new_statements: Removed assignment to never read variable 'b'.
# OPT: unused_assignment_removed.py:9: new_statements: Removed assignment to never read variable 'unused'.
