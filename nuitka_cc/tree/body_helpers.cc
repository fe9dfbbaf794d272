#include "nuitka_cc/tree/body_helpers.h"

namespace nuitka_cc {
namespace {

bool StatementsHaveAnnotations(asdl_stmt_seq* body);

bool TryHasAnnotations(asdl_stmt_seq* body, asdl_excepthandler_seq* handlers,
                       asdl_stmt_seq* orelse, asdl_stmt_seq* finalbody) {
  if (StatementsHaveAnnotations(body) || StatementsHaveAnnotations(orelse) ||
      StatementsHaveAnnotations(finalbody)) {
    return true;
  }
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(handlers); ++i) {
    excepthandler_ty handler = asdl_seq_GET(handlers, i);
    if (StatementsHaveAnnotations(handler->v.ExceptHandler.body)) return true;
  }
  return false;
}

// Annotations count when they are in the body itself or in its compound
// statements, but not in nested functions or classes.
bool StatementHasAnnotations(stmt_ty s) {
  switch (s->kind) {
    case AnnAssign_kind:
      return true;
    case For_kind:
      return StatementsHaveAnnotations(s->v.For.body) ||
             StatementsHaveAnnotations(s->v.For.orelse);
    case AsyncFor_kind:
      return StatementsHaveAnnotations(s->v.AsyncFor.body) ||
             StatementsHaveAnnotations(s->v.AsyncFor.orelse);
    case While_kind:
      return StatementsHaveAnnotations(s->v.While.body) ||
             StatementsHaveAnnotations(s->v.While.orelse);
    case If_kind:
      return StatementsHaveAnnotations(s->v.If.body) ||
             StatementsHaveAnnotations(s->v.If.orelse);
    case With_kind:
      return StatementsHaveAnnotations(s->v.With.body);
    case AsyncWith_kind:
      return StatementsHaveAnnotations(s->v.AsyncWith.body);
    case Match_kind:
      for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.Match.cases); ++i) {
        if (StatementsHaveAnnotations(asdl_seq_GET(s->v.Match.cases, i)->body)) {
          return true;
        }
      }
      return false;
    case Try_kind:
      return TryHasAnnotations(s->v.Try.body, s->v.Try.handlers,
                               s->v.Try.orelse, s->v.Try.finalbody);
    case TryStar_kind:
      return TryHasAnnotations(s->v.TryStar.body, s->v.TryStar.handlers,
                               s->v.TryStar.orelse, s->v.TryStar.finalbody);
    default:
      return false;
  }
}

bool StatementsHaveAnnotations(asdl_stmt_seq* body) {
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(body); ++i) {
    if (StatementHasAnnotations(asdl_seq_GET(body, i))) return true;
  }
  return false;
}

}  // namespace

PyObject* BodyDocstring(asdl_stmt_seq* body) {
  if (asdl_seq_LEN(body) == 0) return nullptr;
  stmt_ty first = asdl_seq_GET(body, 0);
  if (first->kind != Expr_kind) return nullptr;
  expr_ty value = first->v.Expr.value;
  if (value->kind != Constant_kind || !PyUnicode_CheckExact(value->v.Constant.value)) {
    return nullptr;
  }
  return value->v.Constant.value;
}

Node* BuildDocstringAssignment(TreeBuilder& b, asdl_stmt_seq* body) {
  PyObject* doc = BodyDocstring(body);
  if (doc == nullptr) return nullptr;
  stmt_ty first = asdl_seq_GET(body, 0);
  return b.MakeNameAssign(b.Identifier("__doc__"),
                          b.MakeConstantBorrowed(doc, b.Ref(first->v.Expr.value)),
                          b.Ref(first));
}

Node* BuildAnnotation(TreeBuilder& b, expr_ty annotation) {
  if (b.future_features() & CO_FUTURE_ANNOTATIONS) {
    PyObject* text = _PyAST_ExprAsUnicode(annotation);
    if (text == nullptr) {
      PyErr_Clear();
      return b.Fail("cannot render annotation", b.Ref(annotation));
    }
    return b.MakeConstant(text, b.Ref(annotation));
  }
  return b.BuildExpression(annotation);
}

bool BodyHasAnnotations(asdl_stmt_seq* body) {
  return StatementsHaveAnnotations(body);
}

Node* BuildFramedBody(TreeBuilder& b, NodeKind frame_kind, asdl_stmt_seq* body,
                      Py_ssize_t first, const SourceReference& ref,
                      absl::string_view code_name) {
  std::vector<Node*> statements;
  for (Py_ssize_t i = first; i < asdl_seq_LEN(body); ++i) {
    statements.push_back(b.BuildStatement(asdl_seq_GET(body, i)));
  }
  Node* frame = b.New(frame_kind, ref);
  frame->set_name(std::string(code_name));
  if (Node* sequence = b.MakeSequence(statements, ref)) {
    frame->AddChildren(ChildRole::k_statements,
                       sequence->ChildrenIn(ChildRole::k_statements));
  }
  return frame;
}

}  // namespace nuitka_cc
