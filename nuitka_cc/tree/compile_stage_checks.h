// The SyntaxErrors CPython raises while compiling an AST to bytecode, after
// the parser and the symbol table have accepted it: `return` and `yield`
// outside a function, `break`/`continue` outside a loop, `await` outside an
// async function, starred-assignment errors, too many statically nested
// blocks, pattern-matching errors and the like.
//
// The checks walk the C AST in the order CPython's compiler visits it, so the
// first error found is the one `python3.11 FILE.py` reports, with the same
// message and location.
//
//   if (!CheckCompileStage(parsed)) { /* a SyntaxError is set */ }
#ifndef NUITKA_CC_TREE_COMPILE_STAGE_CHECKS_H_
#define NUITKA_CC_TREE_COMPILE_STAGE_CHECKS_H_

#include "nuitka_cc/tree/parse_source.h"

namespace nuitka_cc {

// Returns false with a Python SyntaxError set for the first error found.
bool CheckCompileStage(const ParsedSource& parsed);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_TREE_COMPILE_STAGE_CHECKS_H_
