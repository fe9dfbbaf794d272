// Which bodies run natively and which from their bytecode.
//
// A body whose tree holds a construct the code generator does not handle
// yet runs from its real code object instead (a function created from it
// without a compiled entry, or the module code run with PyEval_EvalCode),
// and the report says why, with a reason code:
//
//   UNSUPPORTED_NODE <kind> line N    a node kind not generated yet
//   UNSUPPORTED_SHAPE <what> line N   a known kind in a form not handled
//   UNSUPPORTED_VARIABLE <what>       a variable without a C storage yet
//   UNSUPPORTED_CONSTANT              a constant that cannot be serialized
//   PARENT_BYTECODE                   created by a body that runs bytecode
//   CODE_OBJECT_MISMATCH              the tree's scopes and CPython's code
//                                     objects do not pair up
//
//   std::string reason = FindUnsupported(body);  // "" when all is handled
#ifndef NUITKA_CC_CODEGEN_UNSUPPORTED_H_
#define NUITKA_CC_CODEGEN_UNSUPPORTED_H_

#include <string>

#include "nuitka_cc/nodes/node.h"

namespace nuitka_cc {

// The first node kind in `body` (not looking into nested function bodies)
// that the code generator cannot compile, as a reason; "" when none. The
// generator may still find a shape it does not handle (see
// EmissionContext::Unsupported).
std::string FindUnsupported(const Node* body);

// The node of the first unsupported construct FindUnsupported reports.
const Node* FindUnsupportedNode(const Node* body);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_CODEGEN_UNSUPPORTED_H_
