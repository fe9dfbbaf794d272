#include "optimization/scope_optimizer.h"

#include <Python.h>

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "optimization/compile_time_evaluation.h"

namespace nuitka_cc {
namespace {

size_t IndexOfRole(const Node* node, ChildRole role) {
  const auto& children = node->children();
  for (size_t i = 0; i < children.size(); ++i) {
    if (children[i].role == role) return i;
  }
  return children.size();
}

bool IsSequenceKind(NodeKind kind) {
  return kind == NodeKind::kStatementsSequence || IsFrameKind(kind);
}

// Whether a loop body has a break leaving this loop (not an inner one).
bool HasBreak(const Node* node) {
  if (node == nullptr) return false;
  if (node->kind() == NodeKind::kStatementLoopBreak) return true;
  if (node->kind() == NodeKind::kStatementLoop) return false;
  for (const auto& child : node->children()) {
    if (HasBreak(child.node)) return true;
  }
  return false;
}

// Names whose use lets a scope see its own local variables by name.
bool ReadsLocalsByName(const Node* node) {
  if (node == nullptr) return false;
  if (node->kind() == NodeKind::kExpressionVariableRef && node->variable() != nullptr) {
    const std::string& name = node->variable()->name();
    if (name == "locals" || name == "vars" || name == "dir" || name == "eval" ||
        name == "exec" || name == "super" || name == "_getframe") {
      return true;
    }
  }
  if (node->kind() == NodeKind::kExpressionAttributeLookup && node->name() == "_getframe") {
    return true;
  }
  for (const auto& child : node->children()) {
    if (ReadsLocalsByName(child.node)) return true;
  }
  return false;
}

// Variables still read (or deleted, which checks) anywhere in a subtree.
void CollectReadVariables(const Node* node, absl::flat_hash_set<const Variable*>* read) {
  if (node == nullptr) return;
  if ((node->kind() == NodeKind::kExpressionVariableRef ||
       node->kind() == NodeKind::kStatementDelVariable) &&
      node->variable() != nullptr) {
    read->insert(node->variable());
  }
  for (const auto& child : node->children()) CollectReadVariables(child.node, read);
}

// Uses of a value that cannot change it or hand it on: truth tests,
// identity comparisons, the length (a resolved len() call makes the value
// escape itself, after predicting its length).
bool IsNonEscapingUse(const Node* parent, size_t index) {
  ChildRole role = parent->children()[index].role;
  switch (parent->kind()) {
    case NodeKind::kStatementConditional:
    case NodeKind::kExpressionConditional:
      return role == ChildRole::k_condition;
    case NodeKind::kExpressionOperationNot:
    case NodeKind::kExpressionBuiltinLen:
      return true;
    case NodeKind::kExpressionComparison:
      return parent->op() == Operator::kIs || parent->op() == Operator::kIsNot;
    default:
      return false;
  }
}

std::string OperatorText(Operator op) {
  switch (op) {
#define OPERATOR(name, symbol) \
  case Operator::k##name:      \
    return symbol;
#include "nuitka_cc/nodes/operator.def"
#undef OPERATOR
    default:
      return "?";
  }
}

}  // namespace

ScopeOptimizer::ScopeOptimizer(ModuleTree& tree, Scope* scope, const ProgramFacts& facts,
                               std::vector<Replacement>* log)
    : tree_(tree), scope_(scope), facts_(facts), log_(log), traces_(scope) {}

bool ScopeOptimizer::Run(Node* body) {
  size_t index = IndexOfRole(body, ChildRole::k_body);
  if (index < body->children().size()) Statement(body, index);
  RemoveUnusedAssignments(body);
  NarrowFrameGuard(body->Child(ChildRole::k_body));
  return changed_;
}

void ScopeOptimizer::NarrowFrameGuard(Node* sequence) {
  if (sequence == nullptr || sequence->kind() != NodeKind::kStatementsSequence) return;
  auto& outer = sequence->mutable_children();
  for (size_t f = 0; f < outer.size(); ++f) {
    Node* frame = outer[f].node;
    if (frame->kind() != NodeKind::kStatementsFrameFunction) continue;
    std::vector<Node*> statements = frame->ChildrenIn(ChildRole::k_statements);
    size_t leading = 0;
    while (leading < statements.size() && cannot_raise_.contains(statements[leading])) {
      ++leading;
    }
    size_t trailing = 0;
    while (trailing < statements.size() - leading &&
           cannot_raise_.contains(statements[statements.size() - 1 - trailing])) {
      ++trailing;
    }
    if (leading == 0 && trailing == 0) return;
    // The statements that cannot raise need no frame to report an error in
    // (tracebacks name only the statements left inside).
    std::vector<Node*> before(statements.begin(), statements.begin() + leading);
    std::vector<Node*> after(statements.end() - trailing, statements.end());
    frame->ReplaceChildren(ChildRole::k_statements,
                           std::vector<Node*>(statements.begin() + leading,
                                              statements.end() - trailing));
    std::vector<Node::ChildEntry> rebuilt(outer.begin(), outer.begin() + f);
    for (Node* node : before) rebuilt.push_back({ChildRole::k_statements, node});
    rebuilt.push_back(outer[f]);
    for (Node* node : after) rebuilt.push_back({ChildRole::k_statements, node});
    rebuilt.insert(rebuilt.end(), outer.begin() + f + 1, outer.end());
    outer = std::move(rebuilt);
    Log(frame, "new_statements",
        absl::StrCat("Frame guard narrowed: ", leading, " leading and ", trailing,
                     " trailing statements cannot raise."));
    return;
  }
}

void ScopeOptimizer::Log(const Node* where, absl::string_view tag, std::string message) {
  log_->push_back({where->source().line, std::string(tag), std::move(message)});
  changed_ = true;
}

void ScopeOptimizer::Replace(Node* parent, size_t index, Node* replacement,
                             absl::string_view tag, std::string message) {
  Log(parent->children()[index].node, tag, std::move(message));
  parent->mutable_children()[index].node = replacement;
}

Node* ScopeOptimizer::NewConstant(PyObject* value, const Node* where) {
  Node* node = tree_.NewNode(NodeKind::kExpressionConstantRef, where->source());
  node->set_constant(tree_.OwnConstant(value));
  return node;
}

// --- Statements ----------------------------------------------------------

bool ScopeOptimizer::Sequence(Node* sequence) {
  auto& children = sequence->mutable_children();
  bool function_frame = sequence->kind() == NodeKind::kStatementsFrameFunction;
  for (size_t i = 0; i < children.size(); ++i) {
    if (children[i].role != ChildRole::k_statements) continue;
    // Judged with the traces before it runs (a local it reads may be
    // unbound only there).
    if (function_frame && RunsOnlyKnownCode(children[i].node)) {
      cannot_raise_.insert(children[i].node);
    }
    if (!Statement(sequence, i)) continue;
    // Control does not continue: what follows is dead.
    size_t removed = 0;
    for (size_t j = i + 1; j < children.size(); ++j) {
      if (children[j].role == ChildRole::k_statements) ++removed;
    }
    if (removed > 0) {
      Log(children[i + 1].node, "new_statements",
          absl::StrCat("Removed ", removed, " unreachable statement",
                       removed == 1 ? "" : "s", " after abortive ",
                       children[i].node->kind_name(), "."));
      children.erase(children.begin() + static_cast<long>(i) + 1, children.end());
    }
    return true;
  }
  return false;
}

bool ScopeOptimizer::Statement(Node* parent, size_t index) {
  Node* node = parent->children()[index].node;
  bool aborts = SimpleStatement(parent, index);
  // Code it ran may have changed the mutable values of named variables
  // through the frame's locals (`sys._getframe(1).f_locals`).
  if (!IsSequenceKind(node->kind()) && traces_.AnyEscapable(true) &&
      !RunsOnlyKnownCode(node)) {
    traces_.EscapeAll(true);
  }
  return aborts;
}

bool ScopeOptimizer::SimpleStatement(Node* parent, size_t index) {
  Node* node = parent->children()[index].node;
  switch (node->kind()) {
    case NodeKind::kStatementsSequence:
    case NodeKind::kStatementsFrameModule:
    case NodeKind::kStatementsFrameFunction:
    case NodeKind::kStatementsFrameClass:
    case NodeKind::kStatementsFrameGenerator:
    case NodeKind::kStatementsFrameCoroutine:
    case NodeKind::kStatementsFrameAsyncgen:
      return Sequence(node);
    case NodeKind::kStatementAssignmentVariable: {
      ExpressionChildren(node);
      // Its value raises: the variable is never assigned.
      if (CertainlyRaises(node->Child(ChildRole::k_source))) return true;
      const Variable* variable = node->variable();
      if (traces_.Tracked(variable)) {
        traces_.OnAssign(variable, InfoOf(node->Child(ChildRole::k_source)));
      }
      return false;
    }
    case NodeKind::kStatementDelVariable:
    case NodeKind::kStatementReleaseVariable:
      if (traces_.Tracked(node->variable())) traces_.OnDelete(node->variable());
      return false;
    case NodeKind::kStatementExpressionOnly: {
      ExpressionChildren(node);
      return CertainlyRaises(node->Child(ChildRole::k_expression));
    }
    case NodeKind::kStatementReturn:
    case NodeKind::kStatementGeneratorReturn:
    case NodeKind::kStatementRaiseException:
    case NodeKind::kStatementReraiseException:
    case NodeKind::kStatementLoopBreak:
    case NodeKind::kStatementLoopContinue:
      ExpressionChildren(node);
      return true;
    case NodeKind::kStatementConditional:
      return Conditional(parent, index);
    case NodeKind::kStatementLoop:
      return Loop(node);
    case NodeKind::kStatementTry:
      Try(node);
      return false;
    default:
      ExpressionChildren(node);
      return false;
  }
}

bool ScopeOptimizer::Conditional(Node* parent, size_t index) {
  Node* node = parent->children()[index].node;
  size_t condition = IndexOfRole(node, ChildRole::k_condition);
  Expression(node, condition);
  const Node* test = node->children()[condition].node;
  Tristate truth = Tristate::kUnknown;
  if (!HasSideEffects(test)) truth = InfoOf(test).Truth();
  if (truth != Tristate::kUnknown) {
    // The branch taken replaces the statement; without one, nothing runs.
    Node* branch = node->Child(truth == Tristate::kYes ? ChildRole::k_yes_branch
                                                        : ChildRole::k_no_branch);
    if (branch == nullptr) branch = tree_.NewNode(NodeKind::kStatementsSequence, node->source());
    Replace(parent, index, branch, "new_statements",
            absl::StrCat("Condition for branch statement was predicted to be always ",
                         truth == Tristate::kYes ? "true" : "false", "."));
    return Statement(parent, index);
  }
  TraceCollection::Actives before = traces_.actives();
  size_t yes = IndexOfRole(node, ChildRole::k_yes_branch);
  bool yes_aborts = yes < node->children().size() && Statement(node, yes);
  TraceCollection::Actives after_yes = traces_.actives();
  traces_.set_actives(std::move(before));
  size_t no = IndexOfRole(node, ChildRole::k_no_branch);
  bool no_aborts = no < node->children().size() && Statement(node, no);
  if (yes_aborts && no_aborts) return true;
  if (no_aborts) {
    traces_.set_actives(std::move(after_yes));
  } else if (!yes_aborts) {
    traces_.MergeWith(after_yes);
  }
  return false;
}

bool ScopeOptimizer::Loop(Node* loop) {
  // Whatever the body writes is unknown at its start (a later iteration)
  // and after the loop; the rest keeps its traces.
  absl::flat_hash_set<const Variable*> written;
  CollectWrittenVariables(loop, &written);
  traces_.MakeUnknown(written);
  // A later iteration may have changed any mutable value.
  traces_.EscapeAll(false);
  size_t body = IndexOfRole(loop, ChildRole::k_loop_body);
  if (body < loop->children().size()) Statement(loop, body);
  traces_.MakeUnknown(written);
  traces_.EscapeAll(false);
  return !HasBreak(loop->Child(ChildRole::k_loop_body));
}

void ScopeOptimizer::Try(Node* node) {
  absl::flat_hash_set<const Variable*> written;
  CollectWrittenVariables(node, &written);
  // Any statement of the tried block may raise: the handlers start with
  // what it writes unknown.
  absl::flat_hash_set<const Variable*> tried_written;
  CollectWrittenVariables(node->Child(ChildRole::k_tried), &tried_written);
  size_t tried = IndexOfRole(node, ChildRole::k_tried);
  if (tried < node->children().size()) Statement(node, tried);
  TraceCollection::Actives after_tried = traces_.actives();
  for (ChildRole role : {ChildRole::k_except_handler, ChildRole::k_break_handler,
                         ChildRole::k_continue_handler, ChildRole::k_return_handler}) {
    size_t handler = IndexOfRole(node, role);
    if (handler >= node->children().size()) continue;
    traces_.set_actives(after_tried);
    traces_.MakeUnknown(tried_written);
    Statement(node, handler);
  }
  traces_.set_actives(std::move(after_tried));
  traces_.MakeUnknown(written);
  // A handler may have changed mutable values without assigning them.
  traces_.EscapeAll(false);
}

// --- Expressions -----------------------------------------------------------

void ScopeOptimizer::ExpressionChildren(Node* node) {
  for (size_t i = 0; i < node->children().size(); ++i) {
    Node* child = node->children()[i].node;
    if (IsStatementKind(child->kind())) {
      Statement(node, i);
    } else {
      Expression(node, i);
    }
  }
}

void ScopeOptimizer::ConditionalChild(Node* parent, size_t index) {
  if (index >= parent->children().size()) return;
  absl::flat_hash_set<const Variable*> written;
  CollectWrittenVariables(parent->children()[index].node, &written);
  TraceCollection::Actives before = traces_.actives();
  Expression(parent, index);
  traces_.set_actives(std::move(before));
  traces_.MakeUnknown(written);
  traces_.EscapeAll(false);
}

void ScopeOptimizer::Expression(Node* parent, size_t index) {
  Node* node = parent->children()[index].node;
  switch (node->kind()) {
    case NodeKind::kExpressionVariableRef:
      ComputeVariableRef(parent, index);
      return;
    case NodeKind::kExpressionConditional:
    case NodeKind::kExpressionConditionalAnd:
    case NodeKind::kExpressionConditionalOr: {
      // The first operand always runs; the others on some paths only.
      Expression(node, 0);
      for (size_t i = 1; i < node->children().size(); ++i) ConditionalChild(node, i);
      ComputeCondition(parent, index);
      return;
    }
    case NodeKind::kExpressionOutlineBody: {
      // Statements whose returns leave the outline: their writes are
      // conditional.
      absl::flat_hash_set<const Variable*> written;
      CollectWrittenVariables(node, &written);
      TraceCollection::Actives before = traces_.actives();
      ExpressionChildren(node);
      traces_.set_actives(std::move(before));
      traces_.MakeUnknown(written);
      traces_.EscapeAll(false);
      return;
    }
    default:
      break;
  }
  ExpressionChildren(node);
  ComputeExpression(parent, index, node);
  // Code it ran may have changed the mutable values of named variables
  // through the frame's locals.
  const Node* result = parent->children()[index].node;
  if (result->kind() != NodeKind::kExpressionVariableRef && traces_.AnyEscapable(true) &&
      HasSideEffects(result)) {
    traces_.EscapeAll(true);
  }
}

void ScopeOptimizer::ComputeExpression(Node* parent, size_t index, Node* node) {
  if (ComputeRaisingOperand(parent, index)) return;
  switch (node->kind()) {
    case NodeKind::kExpressionOperationBinary:
    case NodeKind::kExpressionOperationBinaryInplace:
    case NodeKind::kExpressionOperationUnary:
    case NodeKind::kExpressionOperationNot:
      ComputeOperation(parent, index);
      return;
    case NodeKind::kExpressionComparison:
      ComputeComparison(parent, index);
      return;
    case NodeKind::kExpressionBuiltinLen:
      ComputeLen(parent, index);
      return;
    case NodeKind::kExpressionCall:
      ComputeCall(parent, index);
      return;
    case NodeKind::kExpressionAttributeLookup:
      ComputeAttributeLookup(parent, index);
      return;
    case NodeKind::kExpressionSideEffects: {
      bool any = false;
      for (const Node* effect : node->ChildrenIn(ChildRole::k_side_effects)) {
        any = any || HasSideEffects(effect);
      }
      if (!any) {
        Replace(parent, index, node->Child(ChildRole::k_expression), "new_expression",
                "Side effects without effect removed.");
      }
      return;
    }
    default:
      return;
  }
}

void ScopeOptimizer::ComputeVariableRef(Node* parent, size_t index) {
  Node* node = parent->children()[index].node;
  const Variable* variable = node->variable();
  auto binding = facts_.friend_bindings.find(variable);
  if (binding != facts_.friend_bindings.end()) {
    ValueInfo info = FriendInfo(binding->second);
    if (info.constant() != nullptr) {
      Replace(parent, index, NewConstant(Py_NewRef(info.constant()), node), "new_constant",
              absl::StrCat("Value propagated for '", variable->name(), "' imported from '",
                           binding->second, "', a constant."));
      return;
    }
    node->set_annotations({{"friend", binding->second}});
    return;
  }
  if (!traces_.Tracked(variable)) return;
  const VariableTrace* trace = traces_.Current(variable);
  std::vector<std::pair<std::string, std::string>> annotations = {
      {"version", absl::StrCat(trace->version)}};
  if (trace->value.shape != TypeShape::kUnknown) {
    annotations.push_back({"shape", std::string(TypeShapeName(trace->value.shape))});
  }
  std::string value = trace->value.ValueText();
  if (!value.empty()) annotations.push_back({"known_value", value});
  node->set_annotations(std::move(annotations));
  PyObject* constant = trace->value.constant();
  if (trace->bound == Tristate::kYes && constant != nullptr) {
    Replace(parent, index, NewConstant(Py_NewRef(constant), node), "new_constant",
            absl::StrCat("Value propagated for '", variable->name(),
                         "' from constant assignment."));
    return;
  }
  if (!IsNonEscapingUse(parent, index)) traces_.OnEscape(variable);
}

void ScopeOptimizer::ComputeOperation(Node* parent, size_t index) {
  Node* node = parent->children()[index].node;
  if (node->kind() == NodeKind::kExpressionOperationNot) {
    const Node* operand = node->Child(ChildRole::k_operand);
    if (operand == nullptr || HasSideEffects(operand)) return;
    Tristate truth = InfoOf(operand).Truth();
    if (truth == Tristate::kUnknown) return;
    Replace(parent, index,
            NewConstant(Py_NewRef(truth == Tristate::kYes ? Py_False : Py_True), node),
            "new_constant", "Negated known truth value.");
    return;
  }
  PyObject* result = nullptr;
  if (node->kind() == NodeKind::kExpressionOperationUnary) {
    const Node* operand = node->Child(ChildRole::k_operand);
    if (operand == nullptr || operand->kind() != NodeKind::kExpressionConstantRef) return;
    result = EvaluateUnary(node->op(), operand->constant());
  } else {
    const Node* left = node->Child(ChildRole::k_left);
    const Node* right = node->Child(ChildRole::k_right);
    if (left == nullptr || right == nullptr ||
        left->kind() != NodeKind::kExpressionConstantRef ||
        right->kind() != NodeKind::kExpressionConstantRef) {
      return;
    }
    result = EvaluateBinary(node->op(), left->constant(), right->constant());
  }
  if (result == nullptr) return;
  Replace(parent, index, NewConstant(result, node), "new_constant",
          absl::StrCat("Operation '", OperatorText(node->op()),
                       "' with constant arguments folded."));
}

void ScopeOptimizer::ComputeComparison(Node* parent, size_t index) {
  Node* node = parent->children()[index].node;
  const Node* left = node->Child(ChildRole::k_left);
  const Node* right = node->Child(ChildRole::k_right);
  if (left == nullptr || right == nullptr || HasSideEffects(left) ||
      HasSideEffects(right)) {
    return;
  }
  // Each known value of one side against each of the other: one answer.
  ValueInfo left_info = InfoOf(left);
  ValueInfo right_info = InfoOf(right);
  if (left_info.values.empty() || right_info.values.empty()) return;
  PyObject* decided = nullptr;
  for (PyObject* a : left_info.values) {
    for (PyObject* b : right_info.values) {
      PyObject* result = EvaluateComparison(node->op(), a, b);
      if (result == nullptr || (decided != nullptr && !SameConstant(decided, result))) {
        Py_XDECREF(result);
        Py_XDECREF(decided);
        return;
      }
      if (decided == nullptr) {
        decided = result;
      } else {
        Py_DECREF(result);
      }
    }
  }
  bool alternatives = left_info.values.size() > 1 || right_info.values.size() > 1;
  Replace(parent, index, NewConstant(decided, node), "new_constant",
          alternatives
              ? absl::StrCat("Comparison '", OperatorText(node->op()),
                             "' decided for every known value of its operands.")
              : absl::StrCat("Comparison '", OperatorText(node->op()),
                             "' with constant arguments folded."));
}

void ScopeOptimizer::ComputeCondition(Node* parent, size_t index) {
  Node* node = parent->children()[index].node;
  if (node->kind() == NodeKind::kExpressionConditional) {
    const Node* condition = node->Child(ChildRole::k_condition);
    if (condition == nullptr || HasSideEffects(condition)) return;
    Tristate truth = InfoOf(condition).Truth();
    if (truth == Tristate::kUnknown) return;
    Node* chosen = node->Child(truth == Tristate::kYes ? ChildRole::k_expression_yes
                                                        : ChildRole::k_expression_no);
    if (chosen == nullptr) return;
    Replace(parent, index, chosen, "new_expression",
            absl::StrCat("Condition for branch expression was predicted to be always ",
                         truth == Tristate::kYes ? "true" : "false", "."));
    return;
  }
  // `a and b` is a when a is false, else b; `a or b` the other way round.
  Node* left = node->Child(ChildRole::k_left);
  Node* right = node->Child(ChildRole::k_right);
  if (left == nullptr || right == nullptr || HasSideEffects(left)) return;
  Tristate truth = InfoOf(left).Truth();
  if (truth == Tristate::kUnknown) return;
  bool is_and = node->kind() == NodeKind::kExpressionConditionalAnd;
  bool take_left = is_and ? truth == Tristate::kNo : truth == Tristate::kYes;
  Replace(parent, index, take_left ? left : right, "new_expression",
          absl::StrCat("Left operand of '", is_and ? "and" : "or",
                       "' has a known truth value."));
}

const Variable* ScopeOptimizer::BuiltinNameOf(const Node* called) {
  if (called == nullptr || called->kind() != NodeKind::kExpressionVariableRef) return nullptr;
  const Variable* variable = called->variable();
  if (variable == nullptr || variable->kind() != VariableKind::kModule ||
      variable->bound_at_module_level()) {
    return nullptr;
  }
  return variable;
}

void ScopeOptimizer::ComputeCall(Node* parent, size_t index) {
  if (ComputeFriendCall(parent, index) || PredictBuiltinCall(parent, index)) return;
  Node* node = parent->children()[index].node;
  Node* called = node->Child(ChildRole::k_called);
  Node* args = node->Child(ChildRole::k_args);
  const Variable* builtin = BuiltinNameOf(called);
  if (builtin == nullptr || builtin->name() != "len" || args == nullptr ||
      node->Child(ChildRole::k_kwargs) != nullptr) {
    return;
  }
  Node* argument = nullptr;
  if (args->kind() == NodeKind::kExpressionMakeTuple) {
    std::vector<Node*> elements = args->ChildrenIn(ChildRole::k_elements);
    if (elements.size() == 1) argument = elements[0];
  } else if (args->kind() == NodeKind::kExpressionConstantRef &&
             PyTuple_CheckExact(args->constant()) && PyTuple_GET_SIZE(args->constant()) == 1) {
    argument = NewConstant(Py_NewRef(PyTuple_GET_ITEM(args->constant(), 0)), args);
  }
  if (argument == nullptr || argument->kind() == NodeKind::kExpressionStarredElement) return;
  Node* len = tree_.NewNode(NodeKind::kExpressionBuiltinLen, node->source());
  len->AddChild(ChildRole::k_called, called);
  len->AddChild(ChildRole::k_value, argument);
  Replace(parent, index, len, "new_builtin",
          "Call of built-in 'len' resolved (checked at run time to still be it).");
}

void ScopeOptimizer::ComputeLen(Node* parent, size_t index) {
  Node* node = parent->children()[index].node;
  Node* operand = node->Child(ChildRole::k_value);
  if (operand == nullptr) return;
  if (node->Child(ChildRole::k_called) != nullptr) {
    // A resolved call: the length of a tuple display or a constant is
    // predicted (used while the name is still the built-in); nothing else
    // is known.
    if (operand->kind() == NodeKind::kExpressionVariableRef &&
        traces_.Tracked(operand->variable())) {
      // While the name finds the built-in, the value's known length; what
      // the name finds otherwise gets the value (it escapes).
      ValueInfo info = InfoOf(operand);
      traces_.OnEscape(operand->variable());
      if (!node->number().has_value() && info.length.has_value()) {
        node->set_number(*info.length);
        Log(node, "new_constant",
            absl::StrCat("Length of '", operand->variable()->name(), "' predicted as ",
                         *info.length, "."));
      }
      return;
    }
    if (node->number().has_value()) return;
    if (operand->kind() == NodeKind::kExpressionConstantRef) {
      std::optional<long long> length = ValueInfo::OfConstant(operand->constant()).length;
      if (length.has_value()) {
        node->set_number(*length);
        Log(node, "new_constant",
            absl::StrCat("Length of a constant predicted as ", *length, "."));
      }
      return;
    }
    if (operand->kind() == NodeKind::kExpressionMakeTuple) {
      std::vector<Node*> elements = operand->ChildrenIn(ChildRole::k_elements);
      bool starred = false;
      for (const Node* element : elements) {
        starred = starred || element->kind() == NodeKind::kExpressionStarredElement;
      }
      if (!starred && !elements.empty()) {
        node->set_number(static_cast<int64_t>(elements.size()));
        Log(node, "new_constant",
            absl::StrCat("Length of a tuple display predicted as ", elements.size(),
                         ", its elements kept."));
      }
    }
    return;
  }
  long long length = -1;
  std::vector<Node*> effects;
  if (operand->kind() == NodeKind::kExpressionMakeTuple ||
      operand->kind() == NodeKind::kExpressionMakeList) {
    // The elements are still evaluated; the container is not needed.
    std::vector<Node*> elements = operand->ChildrenIn(ChildRole::k_elements);
    length = static_cast<long long>(elements.size());
    for (Node* element : elements) {
      if (HasSideEffects(element)) effects.push_back(element);
    }
  } else if (!HasSideEffects(operand)) {
    ValueInfo info = InfoOf(operand);
    if (info.length.has_value()) length = *info.length;
  }
  if (length < 0) return;
  PyObject* value = PyLong_FromLongLong(length);
  if (value == nullptr) {
    PyErr_Clear();
    return;
  }
  Node* constant = NewConstant(value, node);
  Node* replacement = constant;
  if (!effects.empty()) {
    replacement = tree_.NewNode(NodeKind::kExpressionSideEffects, node->source());
    replacement->AddChildren(ChildRole::k_side_effects, effects);
    replacement->AddChild(ChildRole::k_expression, constant);
  }
  Replace(parent, index, replacement, "new_constant",
          effects.empty() ? "Length of a value with a known length predicted."
                          : "Length of a container display predicted, its element "
                            "expressions kept.");
}

// --- What nodes know -------------------------------------------------------

ValueInfo ScopeOptimizer::InfoOf(const Node* node) {
  switch (node->kind()) {
    case NodeKind::kExpressionConstantRef:
      return ValueInfo::OfConstant(node->constant());
    case NodeKind::kExpressionVariableRef: {
      auto binding = facts_.friend_bindings.find(node->variable());
      if (binding != facts_.friend_bindings.end()) return FriendInfo(binding->second);
      if (!traces_.Tracked(node->variable())) return ValueInfo::Unknown();
      const VariableTrace* trace = traces_.Current(node->variable());
      return trace->bound == Tristate::kYes ? trace->value : ValueInfo::Unknown();
    }
    case NodeKind::kExpressionMakeTuple:
    case NodeKind::kExpressionMakeList: {
      ValueInfo info = ValueInfo::OfShape(node->kind() == NodeKind::kExpressionMakeTuple
                                              ? TypeShape::kTuple
                                              : TypeShape::kList);
      info.length = static_cast<long long>(node->ChildrenIn(ChildRole::k_elements).size());
      return info;
    }
    case NodeKind::kExpressionMakeDict:
      return ValueInfo::OfShape(TypeShape::kDict);
    case NodeKind::kExpressionMakeSet:
      return ValueInfo::OfShape(TypeShape::kSet);
    case NodeKind::kExpressionOperationNot:
    case NodeKind::kExpressionBuiltinIsinstance:
      return ValueInfo::OfShape(TypeShape::kBool);
    case NodeKind::kExpressionComparison:
      return node->op() == Operator::kIs || node->op() == Operator::kIsNot
                 ? ValueInfo::OfShape(TypeShape::kBool)
                 : ValueInfo::Unknown();
    case NodeKind::kExpressionBuiltinLen:
      // A call the source made may find a rebound name at run time.
      return node->Child(ChildRole::k_called) != nullptr ? ValueInfo::Unknown()
                                                         : ValueInfo::OfShape(TypeShape::kInt);
    case NodeKind::kExpressionBuiltinList:
      return ValueInfo::OfShape(TypeShape::kList);
    case NodeKind::kExpressionFunctionCreation:
      return ValueInfo::OfShape(TypeShape::kFunction);
    case NodeKind::kExpressionSideEffects: {
      const Node* expression = node->Child(ChildRole::k_expression);
      return expression != nullptr ? InfoOf(expression) : ValueInfo::Unknown();
    }
    case NodeKind::kExpressionAttributeLookup:
      return AttributeInfo(node);
    case NodeKind::kExpressionCall:
      return CallInfo(node);
    default:
      return ValueInfo::Unknown();
  }
}

bool ScopeOptimizer::HasSideEffects(const Node* node) {
  switch (node->kind()) {
    case NodeKind::kExpressionConstantRef:
      return false;
    case NodeKind::kExpressionVariableRef:
      // Bound by a trusted import before any program code runs.
      if (facts_.friend_bindings.contains(node->variable())) return false;
      // A read can only fail when the variable may be unbound.
      return !traces_.Tracked(node->variable()) ||
             traces_.Current(node->variable())->bound != Tristate::kYes;
    case NodeKind::kExpressionMakeTuple:
    case NodeKind::kExpressionMakeList:
      for (const Node* element : node->ChildrenIn(ChildRole::k_elements)) {
        if (HasSideEffects(element)) return true;
      }
      return false;
    case NodeKind::kExpressionSideEffects:
      for (const auto& child : node->children()) {
        if (HasSideEffects(child.node)) return true;
      }
      return false;
    case NodeKind::kExpressionComparison:
      // Identity needs no code of the objects.
      return (node->op() != Operator::kIs && node->op() != Operator::kIsNot) ||
             HasSideEffects(node->Child(ChildRole::k_left)) ||
             HasSideEffects(node->Child(ChildRole::k_right));
    case NodeKind::kExpressionAttributeLookup: {
      // An attribute a module friend knows.
      const Node* object = node->Child(ChildRole::k_expression);
      if (object == nullptr || HasSideEffects(object)) return true;
      ValueInfo info = AttributeInfo(node);
      return info.friend_path.empty() && info.constant() == nullptr;
    }
    case NodeKind::kExpressionCall:
      return CallHasSideEffects(node);
    default:
      return true;
  }
}

// --- Unused assignments ----------------------------------------------------

bool ScopeOptimizer::RunsOnlyKnownCode(const Node* node) {
  if (node == nullptr) return true;
  switch (node->kind()) {
    case NodeKind::kStatementsSequence:
    case NodeKind::kStatementsFrameFunction:
    case NodeKind::kStatementsFrameGenerator:
    case NodeKind::kStatementAssignmentVariable:
    case NodeKind::kStatementReleaseVariable:
    case NodeKind::kStatementReturn:
    case NodeKind::kStatementGeneratorReturn:
    case NodeKind::kStatementLoop:
    case NodeKind::kStatementLoopBreak:
    case NodeKind::kStatementLoopContinue:
    case NodeKind::kStatementExpressionOnly:
      for (const auto& child : node->children()) {
        if (!RunsOnlyKnownCode(child.node)) return false;
      }
      return true;
    case NodeKind::kStatementConditional: {
      // The truth of a value of unknown type runs its __bool__ or __len__.
      const Node* condition = node->Child(ChildRole::k_condition);
      if (condition == nullptr || InfoOf(condition).shape == TypeShape::kUnknown) return false;
      for (const auto& child : node->children()) {
        if (!RunsOnlyKnownCode(child.node)) return false;
      }
      return true;
    }
    default:
      return !IsStatementKind(node->kind()) && !HasSideEffects(node);
  }
}

void ScopeOptimizer::RemoveUnusedAssignments(Node* body) {
  // A scope that can look at its variables by name keeps them all.
  if (ReadsLocalsByName(body)) return;
  // Code it calls (or an exception's traceback) can see its frame's local
  // variables; only temporaries are invisible then.
  bool locals_visible = !RunsOnlyKnownCode(body->Child(ChildRole::k_body));
  absl::flat_hash_set<const Variable*> read;
  CollectReadVariables(body, &read);
  // Removes, depth first, assignments and releases of tracked variables
  // never read; a source with side effects stays as an expression.
  std::vector<Node*> pending = {body};
  while (!pending.empty()) {
    Node* node = pending.back();
    pending.pop_back();
    auto& children = node->mutable_children();
    for (size_t i = 0; i < children.size(); ++i) {
      Node* child = children[i].node;
      bool unused = (child->kind() == NodeKind::kStatementAssignmentVariable ||
                     child->kind() == NodeKind::kStatementReleaseVariable) &&
                    traces_.Tracked(child->variable()) && !read.contains(child->variable()) &&
                    (!locals_visible || child->variable()->kind() == VariableKind::kTemp);
      if (!unused) {
        pending.push_back(child);
        continue;
      }
      const Node* source = child->Child(ChildRole::k_source);
      if (child->kind() == NodeKind::kStatementReleaseVariable || !HasSideEffects(source)) {
        Log(child, "new_statements",
            absl::StrCat(child->kind() == NodeKind::kStatementReleaseVariable
                             ? "Removed release of never assigned variable '"
                             : "Removed assignment to never read variable '",
                         child->variable()->name(), "'."));
        if (IsSequenceKind(node->kind())) {
          children.erase(children.begin() + static_cast<long>(i));
          --i;
        } else {
          children[i].node = tree_.NewNode(NodeKind::kStatementsSequence, child->source());
        }
        continue;
      }
      Node* statement = tree_.NewNode(NodeKind::kStatementExpressionOnly, child->source());
      statement->AddChild(ChildRole::k_expression, const_cast<Node*>(source));
      Log(child, "new_statements",
          absl::StrCat("Assignment to never read variable '", child->variable()->name(),
                       "' reduced to its value's side effects."));
      children[i].node = statement;
      pending.push_back(statement);
    }
  }
}

}  // namespace nuitka_cc
