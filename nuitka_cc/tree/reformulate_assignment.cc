// Assignments, augmented and annotated assignments, and del.
//
// Several targets share the value through a temporary:
//
//   a = b = c                  tmp_assign_source = c
//                              try:
//                                  a = tmp_assign_source
//                                  b = tmp_assign_source
//                              finally:
//                                  release tmp_assign_source
//
// Attribute and subscript targets evaluate the value first, then the
// object (and the index), as CPython does; the statements keep their
// children in that order:
//
//   a.x = v                    StatementAssignmentAttribute(source=v, expression=a)
//   a[i] = v                   StatementAssignmentSubscript(source=v, expression=a,
//                                                           subscript=i)
//
// Unpacking fetches every value first, then assigns the targets from left to
// right (nested targets unpack when their turn comes):
//
//   a, (b, c) = v              try:
//                                  tmp_unpack_iterator = iter_for_unpack(v)
//                                  try:
//                                      tmp_1 = unpack(tmp_unpack_iterator, 1, expected=2)
//                                      tmp_2 = unpack(tmp_unpack_iterator, 2, expected=2)
//                                      unpack_check(tmp_unpack_iterator, 2)
//                                  finally:
//                                      release tmp_unpack_iterator
//                                  a = tmp_1
//                                  b, c = tmp_2            (the same again)
//                              finally:
//                                  release tmp_1, tmp_2
//
// With a starred target, the values before the star are fetched one by one,
// the star takes the list of the rest, and the values after it come off that
// list's end (CPython's UNPACK_EX):
//
//   a, *b, c = v               tmp_1 = unpack(tmp_unpack_iterator, 1, expected_at_least=2)
//                              tmp_2 = list(tmp_unpack_iterator)
//                              if len(tmp_2) < 1:
//                                  raise ValueError("not enough values to unpack "
//                                      "(expected at least 2, got %d)" % (len(tmp_2) + 1))
//                              tmp_3 = tmp_2[-1]
//                              del tmp_2[-1:]
//                              a = tmp_1; b = tmp_2; c = tmp_3
//
// ExpressionSpecialUnpack carries what its ValueError says: `number` is the
// position of the value (counting from 1, so "got number-1"), the child in
// role `expected` (exact count) or `expected_at_least` (starred unpacking)
// the count named. StatementSpecialUnpackCheck's `number` is the count for
// "too many values to unpack (expected N)". ExpressionBuiltinIterForUnpack
// is iter() with unpacking's TypeError "cannot unpack non-iterable T object".
//
// Augmented assignments read and write the same target, whose object (and
// index) is evaluated once:
//
//   a += b                     a = a (+=) b
//   a.x += b                   tmp_aug_object = a
//                              tmp_aug_object.x = tmp_aug_object.x (+=) b
//   a[i] += b                  tmp_aug_object = a; tmp_aug_subscript = i
//                              tmp_aug_object[tmp_aug_subscript] =
//                                  tmp_aug_object[tmp_aug_subscript] (+=) b
//
// Annotated assignments (compile.c's compiler_annassign) at module or class
// level with a simple name store the annotation after the value:
//
//   x: T = v                   x = v
//                              __annotations__["x"] = T   (a string under
//                                                          `from __future__
//                                                          import annotations`)
//
// In functions the annotation is not evaluated. Complex targets store no
// annotation; without a value their object and index are evaluated and
// dropped (in any scope), and at module or class level the annotation too:
//
//   a.b: T                     a; T
//   a[i, 1:j]: T               a; i; 1; j; T
//
// del deletes its targets from left to right; tuples and lists of targets
// are flattened.
#include "absl/strings/str_cat.h"
#include "nuitka_cc/tree/body_helpers.h"
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {
namespace {

Node* WithValue(TreeBuilder& b, NodeKind kind, Node* value,
                const SourceReference& ref) {
  Node* node = b.New(kind, ref);
  node->AddChild(ChildRole::k_value, value);
  return node;
}

Node* MakeAttributeLookup(TreeBuilder& b, Node* object, const std::string& name,
                          const SourceReference& ref) {
  Node* node = b.New(NodeKind::kExpressionAttributeLookup, ref);
  node->set_name(name);
  node->AddChild(ChildRole::k_expression, object);
  return node;
}

Node* MakeSubscriptLookup(TreeBuilder& b, Node* object, Node* subscript,
                          const SourceReference& ref) {
  Node* node = b.New(NodeKind::kExpressionSubscriptLookup, ref);
  node->AddChild(ChildRole::k_expression, object);
  node->AddChild(ChildRole::k_subscript, subscript);
  return node;
}

Node* MakeAssignAttribute(TreeBuilder& b, Node* source, Node* object,
                          const std::string& name, const SourceReference& ref) {
  Node* node = b.New(NodeKind::kStatementAssignmentAttribute, ref);
  node->set_name(name);
  node->AddChild(ChildRole::k_source, source);
  node->AddChild(ChildRole::k_expression, object);
  return node;
}

Node* MakeAssignSubscript(TreeBuilder& b, Node* source, Node* object,
                          Node* subscript, const SourceReference& ref) {
  Node* node = b.New(NodeKind::kStatementAssignmentSubscript, ref);
  node->AddChild(ChildRole::k_source, source);
  node->AddChild(ChildRole::k_expression, object);
  node->AddChild(ChildRole::k_subscript, subscript);
  return node;
}

// raise ValueError("not enough values to unpack (expected at least N, got
// %d)" % (len(starred_list) + before)): the starred list was too short for
// the targets after the star.
Node* MakeStarredTooShortRaise(TreeBuilder& b, Variable* starred_list,
                               Py_ssize_t before, Py_ssize_t after,
                               const SourceReference& ref) {
  Node* template_text = b.MakeConstantString(
      absl::StrCat("not enough values to unpack (expected at least ",
                   before + after, ", got %d)"),
      ref);
  Node* got = b.New(NodeKind::kExpressionOperationBinary, ref);
  got->set_op(Operator::kAdd);
  got->AddChild(ChildRole::k_left,
                WithValue(b, NodeKind::kExpressionBuiltinLen,
                          b.MakeVariableRef(starred_list, ref), ref));
  got->AddChild(ChildRole::k_right, b.MakeConstantInt(before, ref));
  Node* message = b.New(NodeKind::kExpressionOperationBinary, ref);
  message->set_op(Operator::kMod);
  message->AddChild(ChildRole::k_left, template_text);
  message->AddChild(ChildRole::k_right, got);
  Node* raise = b.New(NodeKind::kStatementRaiseException, ref);
  raise->AddChild(ChildRole::k_exception_type,
                  b.MakeCall(b.MakeConstantBorrowed(PyExc_ValueError, ref),
                             {message}, ref));
  return raise;
}

// The statements that fetch the values of a starred unpacking from
// `iterator` into `values`: UNPACK_EX.
std::vector<Node*> MakeStarredUnpacking(TreeBuilder& b, Variable* iterator,
                                        const std::vector<Variable*>& values,
                                        Py_ssize_t star,
                                        const SourceReference& ref) {
  Py_ssize_t count = static_cast<Py_ssize_t>(values.size());
  Py_ssize_t before = star;
  Py_ssize_t after = count - star - 1;
  std::vector<Node*> statements;
  for (Py_ssize_t i = 0; i < before; ++i) {
    Node* unpack = b.New(NodeKind::kExpressionSpecialUnpack, ref);
    unpack->set_number(i + 1);
    unpack->AddChild(ChildRole::k_value, b.MakeVariableRef(iterator, ref));
    unpack->AddChild(ChildRole::k_expected_at_least,
                     b.MakeConstantInt(before + after, ref));
    statements.push_back(b.MakeAssignVariable(values[i], unpack, ref));
  }
  Variable* rest = values[star];
  statements.push_back(b.MakeAssignVariable(
      rest,
      WithValue(b, NodeKind::kExpressionBuiltinList,
                b.MakeVariableRef(iterator, ref), ref),
      ref));
  if (after == 0) return statements;

  Node* too_short = b.New(NodeKind::kExpressionComparison, ref);
  too_short->set_op(Operator::kLt);
  too_short->AddChild(ChildRole::k_left,
                      WithValue(b, NodeKind::kExpressionBuiltinLen,
                                b.MakeVariableRef(rest, ref), ref));
  too_short->AddChild(ChildRole::k_right, b.MakeConstantInt(after, ref));
  statements.push_back(b.MakeConditional(
      too_short, MakeStarredTooShortRaise(b, rest, before, after, ref), nullptr,
      ref));
  // The list is a new one of at least `after` items: index from its end.
  for (Py_ssize_t k = 0; k < after; ++k) {
    statements.push_back(b.MakeAssignVariable(
        values[star + 1 + k],
        MakeSubscriptLookup(b, b.MakeVariableRef(rest, ref),
                            b.MakeConstantInt(k - after, ref), ref),
        ref));
  }
  Node* tail = b.New(NodeKind::kExpressionBuiltinSlice, ref);
  tail->AddChild(ChildRole::k_start, b.MakeConstantInt(-after, ref));
  tail->AddChild(ChildRole::k_stop, b.MakeNone(ref));
  tail->AddChild(ChildRole::k_step, b.MakeNone(ref));
  Node* del = b.New(NodeKind::kStatementDelSubscript, ref);
  del->AddChild(ChildRole::k_expression, b.MakeVariableRef(rest, ref));
  del->AddChild(ChildRole::k_subscript, tail);
  statements.push_back(del);
  return statements;
}

// Tuple and list targets.
Node* BuildUnpackingAssignment(TreeBuilder& b, expr_ty target,
                               asdl_expr_seq* elements, Node* source) {
  SourceReference ref = b.Ref(target);
  Py_ssize_t count = asdl_seq_LEN(elements);
  Py_ssize_t star = -1;
  for (Py_ssize_t i = 0; i < count; ++i) {
    if (asdl_seq_GET(elements, i)->kind != Starred_kind) continue;
    if (star >= 0) return b.Fail("multiple starred expressions in assignment", ref);
    star = i;
  }

  Variable* iterator = b.NewTemp("unpack_iterator");
  std::vector<Variable*> values;
  for (Py_ssize_t i = 0; i < count; ++i) values.push_back(b.NewTemp("unpack_value"));

  std::vector<Node*> fetching;
  if (star < 0) {
    for (Py_ssize_t i = 0; i < count; ++i) {
      Node* unpack = b.New(NodeKind::kExpressionSpecialUnpack, ref);
      unpack->set_number(i + 1);
      unpack->AddChild(ChildRole::k_value, b.MakeVariableRef(iterator, ref));
      unpack->AddChild(ChildRole::k_expected, b.MakeConstantInt(count, ref));
      fetching.push_back(b.MakeAssignVariable(values[i], unpack, ref));
    }
    Node* check = b.New(NodeKind::kStatementSpecialUnpackCheck, ref);
    check->set_number(count);
    check->AddChild(ChildRole::k_value, b.MakeVariableRef(iterator, ref));
    fetching.push_back(check);
  } else {
    fetching = MakeStarredUnpacking(b, iterator, values, star, ref);
  }

  std::vector<Node*> statements = {
      b.MakeAssignVariable(
          iterator,
          WithValue(b, NodeKind::kExpressionBuiltinIterForUnpack, source, ref),
          ref),
      b.MakeTryFinallyReleases(b.MakeSequence(fetching, ref), {iterator}, ref)};
  for (Py_ssize_t i = 0; i < count; ++i) {
    expr_ty element = asdl_seq_GET(elements, i);
    if (element->kind == Starred_kind) element = element->v.Starred.value;
    statements.push_back(
        b.BuildAssignTarget(element, b.MakeVariableRef(values[i], b.Ref(element))));
  }
  return b.MakeTryFinallyReleases(b.MakeSequence(statements, ref), values, ref);
}

Node* BuildDeleteTarget(TreeBuilder& b, expr_ty target) {
  SourceReference ref = b.Ref(target);
  switch (target->kind) {
    case Name_kind:
      return b.MakeNameDel(target->v.Name.id, ref);
    case Attribute_kind: {
      Node* node = b.New(NodeKind::kStatementDelAttribute, ref);
      node->set_name(b.Mangle(target->v.Attribute.attr));
      node->AddChild(ChildRole::k_expression,
                     b.BuildExpression(target->v.Attribute.value));
      return node;
    }
    case Subscript_kind: {
      Node* node = b.New(NodeKind::kStatementDelSubscript, ref);
      node->AddChild(ChildRole::k_expression,
                     b.BuildExpression(target->v.Subscript.value));
      node->AddChild(ChildRole::k_subscript,
                     b.BuildExpression(target->v.Subscript.slice));
      return node;
    }
    case Tuple_kind:
    case List_kind: {
      asdl_expr_seq* elements =
          target->kind == Tuple_kind ? target->v.Tuple.elts : target->v.List.elts;
      std::vector<Node*> statements;
      for (Py_ssize_t i = 0; i < asdl_seq_LEN(elements); ++i) {
        statements.push_back(BuildDeleteTarget(b, asdl_seq_GET(elements, i)));
      }
      return b.MakeSequence(statements, ref);
    }
    default:
      return b.Fail("cannot delete this target", ref);
  }
}

// Statements evaluating the parts of a subscript for an annotated
// assignment without value: slices and tuples by their parts
// (check_ann_subscr), anything else as a whole.
void EvaluateSubscriptParts(TreeBuilder& b, expr_ty e,
                            std::vector<Node*>& statements) {
  switch (e->kind) {
    case Slice_kind:
      for (expr_ty part : {e->v.Slice.lower, e->v.Slice.upper, e->v.Slice.step}) {
        if (part != nullptr) {
          statements.push_back(b.MakeStatementExpression(b.BuildExpression(part)));
        }
      }
      return;
    case Tuple_kind:
      for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.Tuple.elts); ++i) {
        EvaluateSubscriptParts(b, asdl_seq_GET(e->v.Tuple.elts, i), statements);
      }
      return;
    default:
      statements.push_back(b.MakeStatementExpression(b.BuildExpression(e)));
  }
}

}  // namespace

Node* BuildAssignTargetImpl(TreeBuilder& b, expr_ty target, Node* source) {
  SourceReference ref = b.Ref(target);
  switch (target->kind) {
    case Name_kind:
      return b.MakeNameAssign(target->v.Name.id, source, ref);
    case Attribute_kind:
      return MakeAssignAttribute(b, source,
                                 b.BuildExpression(target->v.Attribute.value),
                                 b.Mangle(target->v.Attribute.attr), ref);
    case Subscript_kind: {
      Node* object = b.BuildExpression(target->v.Subscript.value);
      Node* subscript = b.BuildExpression(target->v.Subscript.slice);
      return MakeAssignSubscript(b, source, object, subscript, ref);
    }
    case Tuple_kind:
      return BuildUnpackingAssignment(b, target, target->v.Tuple.elts, source);
    case List_kind:
      return BuildUnpackingAssignment(b, target, target->v.List.elts, source);
    default:
      return b.Fail("cannot assign to this target", ref);
  }
}

Node* BuildAssignStatement(TreeBuilder& b, stmt_ty s) {
  SourceReference ref = b.Ref(s);
  asdl_expr_seq* targets = s->v.Assign.targets;
  Node* value = b.BuildExpression(s->v.Assign.value);
  Py_ssize_t count = asdl_seq_LEN(targets);
  if (count == 1) return b.BuildAssignTarget(asdl_seq_GET(targets, 0), value);

  Variable* shared = b.NewTemp("assign_source");
  std::vector<Node*> assignments;
  for (Py_ssize_t i = 0; i < count; ++i) {
    expr_ty target = asdl_seq_GET(targets, i);
    assignments.push_back(
        b.BuildAssignTarget(target, b.MakeVariableRef(shared, b.Ref(target))));
  }
  return b.MakeSequence(
      {b.MakeAssignVariable(shared, value, ref),
       b.MakeTryFinallyReleases(b.MakeSequence(assignments, ref), {shared}, ref)},
      ref);
}

Node* BuildAugAssignStatement(TreeBuilder& b, stmt_ty s) {
  SourceReference ref = b.Ref(s);
  expr_ty target = s->v.AugAssign.target;
  Operator op = BinaryOperatorOf(s->v.AugAssign.op);
  auto inplace = [&](Node* current) {
    Node* node = b.New(NodeKind::kExpressionOperationBinaryInplace, ref);
    node->set_op(op);
    node->AddChild(ChildRole::k_left, current);
    node->AddChild(ChildRole::k_right, b.BuildExpression(s->v.AugAssign.value));
    return node;
  };
  SourceReference target_ref = b.Ref(target);
  switch (target->kind) {
    case Name_kind: {
      Node* value = inplace(b.MakeNameRef(target->v.Name.id, target_ref));
      return b.MakeNameAssign(target->v.Name.id, value, ref);
    }
    case Attribute_kind: {
      Variable* object = b.NewTemp("aug_object");
      Node* first = b.MakeAssignVariable(
          object, b.BuildExpression(target->v.Attribute.value), target_ref);
      std::string name = b.Mangle(target->v.Attribute.attr);
      Node* value = inplace(MakeAttributeLookup(
          b, b.MakeVariableRef(object, target_ref), name, target_ref));
      Node* store = MakeAssignAttribute(
          b, value, b.MakeVariableRef(object, target_ref), name, ref);
      return b.MakeSequence(
          {first, b.MakeTryFinallyReleases(store, {object}, ref)}, ref);
    }
    case Subscript_kind: {
      Variable* object = b.NewTemp("aug_object");
      Variable* subscript = b.NewTemp("aug_subscript");
      Node* first = b.MakeAssignVariable(
          object, b.BuildExpression(target->v.Subscript.value), target_ref);
      Node* second = b.MakeAssignVariable(
          subscript, b.BuildExpression(target->v.Subscript.slice), target_ref);
      Node* value = inplace(MakeSubscriptLookup(
          b, b.MakeVariableRef(object, target_ref),
          b.MakeVariableRef(subscript, target_ref), target_ref));
      Node* store = MakeAssignSubscript(b, value,
                                        b.MakeVariableRef(object, target_ref),
                                        b.MakeVariableRef(subscript, target_ref),
                                        ref);
      return b.MakeTryFinallyReleases(b.MakeSequence({first, second, store}, ref),
                                      {object, subscript}, ref);
    }
    default:
      return b.Fail("cannot augment-assign to this target", ref);
  }
}

Node* BuildAnnAssignStatement(TreeBuilder& b, stmt_ty s) {
  SourceReference ref = b.Ref(s);
  expr_ty target = s->v.AnnAssign.target;
  expr_ty annotation = s->v.AnnAssign.annotation;
  bool simple = s->v.AnnAssign.simple != 0;
  ScopeKind scope_kind = b.current_scope()->kind();
  bool namespace_level =
      scope_kind == ScopeKind::kModule || scope_kind == ScopeKind::kClass;
  bool future_annotations = (b.future_features() & CO_FUTURE_ANNOTATIONS) != 0;

  std::vector<Node*> statements;
  if (s->v.AnnAssign.value != nullptr) {
    statements.push_back(
        b.BuildAssignTarget(target, b.BuildExpression(s->v.AnnAssign.value)));
  } else if (target->kind == Name_kind) {
    // `x: T` binds nothing, but makes x a local of the scope (DEF_LOCAL);
    // a parenthesized `(x): T` does not.
    if (simple) b.ResolveNameForStore(target->v.Name.id);
  } else if (target->kind == Attribute_kind) {
    statements.push_back(
        b.MakeStatementExpression(b.BuildExpression(target->v.Attribute.value)));
  } else if (target->kind == Subscript_kind) {
    statements.push_back(
        b.MakeStatementExpression(b.BuildExpression(target->v.Subscript.value)));
    EvaluateSubscriptParts(b, target->v.Subscript.slice, statements);
  }

  if (namespace_level && target->kind == Name_kind && simple) {
    // __annotations__[name] = annotation: STORE_SUBSCR on whatever the name
    // __annotations__ is (LOAD_NAME), after the annotation is evaluated.
    Node* value = BuildAnnotation(b, annotation);
    Node* annotations = b.MakeNameRef(b.Identifier("__annotations__"), ref);
    statements.push_back(MakeAssignSubscript(
        b, value, annotations,
        b.MakeConstantString(b.Mangle(target->v.Name.id), b.Ref(target)), ref));
  } else if (namespace_level && !future_annotations) {
    statements.push_back(b.MakeStatementExpression(b.BuildExpression(annotation)));
  } else if (!future_annotations) {
    // Not evaluated in functions; CPython's symbol table still sees the
    // names (and any lambda) the annotation uses, so build it for name
    // resolution only and drop the nodes.
    b.BuildExpression(annotation);
  }
  return b.MakeSequence(statements, ref);
}

Node* BuildDeleteStatement(TreeBuilder& b, stmt_ty s) {
  std::vector<Node*> statements;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.Delete.targets); ++i) {
    statements.push_back(BuildDeleteTarget(b, asdl_seq_GET(s->v.Delete.targets, i)));
  }
  return b.MakeSequence(statements, b.Ref(s));
}

}  // namespace nuitka_cc
