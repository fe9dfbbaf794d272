// Pieces shared by everything that makes a function-like scope: def,
// lambda, comprehensions and generator expressions (and, for the global
// check, classes): the scope itself, the kinds of body, object and frame a
// scope needs, and attaching a body that may run in a generator, coroutine
// or async generator object.
//
//   Scope* scope = NewFunctionScope(b, ScopeKind::kFunction, "f", false,
//                                   symbols, s->lineno);
//   TreeBuilder::ScopeGuard guard(b, scope, symbols, nullptr);
//   Node* frame = b.New(KindsFor(scope).frame, ref);
//   ...
//   AttachBody(b, function_body, b.MakeSequence({frame}, ref), ref);
#ifndef NUITKA_CC_TREE_FUNCTION_HELPERS_H_
#define NUITKA_CC_TREE_FUNCTION_HELPERS_H_

#include <string>

#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {

// The nodes a function-like scope needs, by generator/coroutine flags.
struct BodyKinds {
  NodeKind object_body;  // kExpressionFunctionBody for plain functions
  NodeKind make_object;
  NodeKind frame;
};

BodyKinds KindsFor(const Scope* scope);

// Completes a function body node whose scope is current: for generators
// and coroutines, the function returns a new object running `framed`.
void AttachBody(TreeBuilder& b, Node* function_body, Node* framed,
                const SourceReference& ref);

// Makes the scope of a def, lambda or comprehension-like function, a child
// of the current scope, with its qualname and generator/coroutine flags
// from `symbols`; the caller enters the scope and fills the body.
Scope* NewFunctionScope(TreeBuilder& b, ScopeKind kind, const std::string& name,
                        bool is_global, PySTEntryObject* symbols, int line);

// Is `mangled` declared `global` in the current (enclosing) function or
// class scope? A def or class of that name then has its plain name as
// qualname, as CPython computes it.
bool DeclaredGlobalInParent(TreeBuilder& b, const std::string& mangled);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_TREE_FUNCTION_HELPERS_H_
