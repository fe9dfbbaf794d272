// Pieces shared by module, function and class bodies: docstrings, the
// annotations dictionary, and the frame guard around a body.
#ifndef NUITKA_CC_TREE_BODY_HELPERS_H_
#define NUITKA_CC_TREE_BODY_HELPERS_H_

#include "absl/strings/string_view.h"

#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {

// The docstring of a body (a first statement that is a string constant),
// borrowed, or nullptr.
PyObject* BodyDocstring(asdl_stmt_seq* body);

// `__doc__ = "..."` for a module or class body with a docstring, else null.
Node* BuildDocstringAssignment(TreeBuilder& b, asdl_stmt_seq* body);

// Does a module or class body contain annotated assignments to simple
// names at its own level (not in nested scopes)? CPython then creates the
// `__annotations__` dictionary first.
bool BodyHasAnnotations(asdl_stmt_seq* body);

// The value of an annotation: the expression, or under
// `from __future__ import annotations` its source text as a string constant.
// Shared by function signatures and annotated assignments.
Node* BuildAnnotation(TreeBuilder& b, expr_ty annotation);

// The statements of `body` from index `first` on, under a frame guard of
// `frame_kind` named `code_name`. Returns a frame node even when empty.
Node* BuildFramedBody(TreeBuilder& b, NodeKind frame_kind, asdl_stmt_seq* body,
                      Py_ssize_t first, const SourceReference& ref,
                      absl::string_view code_name);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_TREE_BODY_HELPERS_H_
