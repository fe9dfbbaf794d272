#include "nuitka_cc/tree/tree_builder.h"

#include "absl/strings/str_cat.h"
#include "nuitka_cc/tree/reformulations.h"

namespace nuitka_cc {
namespace {

// Does `node` (not looking into nested loops, for break/continue, or
// outlines, for return) contain an exit of `kind`?
bool ContainsExit(const Node* node, NodeKind kind) {
  if (node->kind() == kind) return true;
  if (node->kind() == NodeKind::kStatementLoop &&
      (kind == NodeKind::kStatementLoopBreak ||
       kind == NodeKind::kStatementLoopContinue)) {
    return false;
  }
  if (node->kind() == NodeKind::kExpressionOutlineBody &&
      kind == NodeKind::kStatementReturn) {
    return false;
  }
  for (const auto& child : node->children()) {
    if (ContainsExit(child.node, kind)) return true;
  }
  return false;
}

// Like Scope::FindOwnVariable, for a name a class scope may have twice: the
// `__class__` cell and a `__class__` of the class namespace.
Variable* FindOwnVariableOfKind(const Scope* scope, const std::string& name,
                                VariableKind kind) {
  for (Variable* variable : scope->variables()) {
    if (variable->kind() == kind && variable->name() == name) return variable;
  }
  return nullptr;
}

int SymbolScope(PySTEntryObject* symbols, const std::string& name) {
  PyObject* key = PyUnicode_FromStringAndSize(name.data(), name.size());
  int scope = _PyST_GetScope(symbols, key);
  Py_DECREF(key);
  return scope;
}

long SymbolFlags(PySTEntryObject* symbols, const std::string& name) {
  PyObject* key = PyUnicode_FromStringAndSize(name.data(), name.size());
  long flags = _PyST_GetSymbol(symbols, key);
  Py_DECREF(key);
  return flags;
}

}  // namespace

std::string Utf8(PyObject* text) {
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(text, &size);
  if (data == nullptr) {
    PyErr_Clear();
    return "";
  }
  return std::string(data, size);
}

Operator BinaryOperatorOf(operator_ty op) {
  switch (op) {
    case Add: return Operator::kAdd;
    case Sub: return Operator::kSub;
    case Mult: return Operator::kMult;
    case MatMult: return Operator::kMatMult;
    case Div: return Operator::kDiv;
    case Mod: return Operator::kMod;
    case Pow: return Operator::kPow;
    case LShift: return Operator::kLShift;
    case RShift: return Operator::kRShift;
    case BitOr: return Operator::kBitOr;
    case BitXor: return Operator::kBitXor;
    case BitAnd: return Operator::kBitAnd;
    case FloorDiv: return Operator::kFloorDiv;
  }
  return Operator::kNone;
}

TreeBuilder::TreeBuilder(ModuleTree& tree, const ParsedSource& parsed)
    : tree_(tree), parsed_(parsed) {}

TreeBuilder::~TreeBuilder() {
  for (ScopeEntry& entry : scopes_) Py_XDECREF(entry.symbols);
}

int TreeBuilder::future_features() const { return parsed_.future->ff_features; }

// --- Nodes -----------------------------------------------------------------

Node* TreeBuilder::MakeSequence(const std::vector<Node*>& statements,
                                const SourceReference& ref) {
  std::vector<Node*> flat;
  for (Node* statement : statements) {
    if (statement == nullptr) continue;
    if (statement->kind() == NodeKind::kStatementsSequence) {
      for (const auto& child : statement->children()) flat.push_back(child.node);
    } else {
      flat.push_back(statement);
    }
  }
  if (flat.empty()) return nullptr;
  Node* sequence = New(NodeKind::kStatementsSequence,
                       flat.front()->source().line != 0 ? flat.front()->source()
                                                        : ref);
  sequence->AddChildren(ChildRole::k_statements, flat);
  return sequence;
}

Node* TreeBuilder::MakeStatementExpression(Node* expression) {
  Node* statement =
      New(NodeKind::kStatementExpressionOnly, expression->source());
  statement->AddChild(ChildRole::k_expression, expression);
  return statement;
}

Node* TreeBuilder::MakeConstant(PyObject* steal, const SourceReference& ref) {
  Node* node = New(NodeKind::kExpressionConstantRef, ref);
  node->set_constant(tree_.OwnConstant(steal));
  return node;
}

Node* TreeBuilder::MakeConstantBorrowed(PyObject* value,
                                        const SourceReference& ref) {
  Py_INCREF(value);
  return MakeConstant(value, ref);
}

Node* TreeBuilder::MakeConstantString(absl::string_view text,
                                      const SourceReference& ref) {
  return MakeConstant(PyUnicode_FromStringAndSize(text.data(), text.size()),
                      ref);
}

Node* TreeBuilder::MakeConstantInt(long value, const SourceReference& ref) {
  return MakeConstant(PyLong_FromLong(value), ref);
}

Node* TreeBuilder::MakeNone(const SourceReference& ref) {
  return MakeConstantBorrowed(Py_None, ref);
}

Node* TreeBuilder::MakeBool(bool value, const SourceReference& ref) {
  return MakeConstantBorrowed(value ? Py_True : Py_False, ref);
}

Node* TreeBuilder::MakeConditional(Node* condition, Node* yes, Node* no,
                                   const SourceReference& ref) {
  Node* node = New(NodeKind::kStatementConditional, ref);
  node->AddChild(ChildRole::k_condition, condition);
  node->AddChild(ChildRole::k_yes_branch, MakeSequence({yes}, ref));
  node->AddChild(ChildRole::k_no_branch, MakeSequence({no}, ref));
  return node;
}

Node* TreeBuilder::MakeReraise(const SourceReference& ref) {
  return New(NodeKind::kStatementReraiseException, ref);
}

Node* TreeBuilder::MakeBreak(const SourceReference& ref) {
  return New(NodeKind::kStatementLoopBreak, ref);
}

Node* TreeBuilder::MakeCall(Node* called, const std::vector<Node*>& args,
                            const SourceReference& ref) {
  Node* call = New(NodeKind::kExpressionCall, ref);
  call->AddChild(ChildRole::k_called, called);
  call->AddChild(ChildRole::k_args, MakeTuple(args, ref));
  return call;
}

PyObject* TreeBuilder::Identifier(const char* text) {
  return tree_.OwnConstant(PyUnicode_InternFromString(text));
}

Node* TreeBuilder::MakeTuple(const std::vector<Node*>& elements,
                             const SourceReference& ref) {
  bool all_constant = true;
  for (Node* element : elements) {
    all_constant =
        all_constant && element->kind() == NodeKind::kExpressionConstantRef;
  }
  if (all_constant) {
    PyObject* tuple = PyTuple_New(elements.size());
    for (size_t i = 0; i < elements.size(); ++i) {
      Py_INCREF(elements[i]->constant());
      PyTuple_SET_ITEM(tuple, i, elements[i]->constant());
    }
    return MakeConstant(tuple, ref);
  }
  Node* tuple = New(NodeKind::kExpressionMakeTuple, ref);
  tuple->AddChildren(ChildRole::k_elements, elements);
  return tuple;
}

// --- Building ----------------------------------------------------------------

Node* TreeBuilder::BuildStatements(asdl_stmt_seq* body,
                                   const SourceReference& ref) {
  std::vector<Node*> statements;
  Py_ssize_t count = asdl_seq_LEN(body);
  statements.reserve(count);
  for (Py_ssize_t i = 0; i < count; ++i) {
    statements.push_back(BuildStatement(asdl_seq_GET(body, i)));
  }
  return MakeSequence(statements, ref);
}

std::vector<Node*> TreeBuilder::BuildExpressions(asdl_expr_seq* expressions) {
  std::vector<Node*> nodes;
  Py_ssize_t count = asdl_seq_LEN(expressions);
  nodes.reserve(count);
  for (Py_ssize_t i = 0; i < count; ++i) {
    nodes.push_back(BuildExpression(asdl_seq_GET(expressions, i)));
  }
  return nodes;
}

Node* TreeBuilder::BuildAssignTarget(expr_ty target, Node* source) {
  return BuildAssignTargetImpl(*this, target, source);
}

// --- Names -------------------------------------------------------------------

std::string TreeBuilder::Mangle(PyObject* identifier) const {
  PyObject* private_name = nullptr;
  for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
    if (it->private_name != nullptr) {
      private_name = it->private_name;
      break;
    }
  }
  if (private_name == nullptr) return Utf8(identifier);
  PyObject* mangled = _Py_Mangle(private_name, identifier);
  if (mangled == nullptr) {
    PyErr_Clear();
    return Utf8(identifier);
  }
  std::string result = Utf8(mangled);
  Py_DECREF(mangled);
  return result;
}

Variable* TreeBuilder::ModuleVariable(const std::string& name) {
  Scope* module = tree_.module_scope();
  Variable* variable = module->FindOwnVariable(name);
  if (variable == nullptr || variable->kind() != VariableKind::kModule) {
    variable = tree_.NewVariable(module, name, VariableKind::kModule);
  }
  return variable;
}

Variable* TreeBuilder::LocalsDictVariable(Scope* scope, const std::string& name) {
  Variable* variable = FindOwnVariableOfKind(scope, name, VariableKind::kLocalsDict);
  if (variable == nullptr) {
    variable = tree_.NewVariable(scope, name, VariableKind::kLocalsDict);
  }
  return variable;
}

Variable* TreeBuilder::ResolveFree(const std::string& name, size_t scope_index) {
  // Walk outwards; class scopes are invisible, except that `__class__` is
  // the cell the class body provides for zero-argument super().
  std::vector<Scope*> between;
  for (size_t i = scope_index; i-- > 0;) {
    ScopeEntry& entry = scopes_[i];
    Scope* scope = entry.scope;
    if (scope->kind() == ScopeKind::kClass) {
      if (name == "__class__") {
        scope->needs_class_cell = true;
        // A class body may also have `__class__` in its namespace.
        Variable* cell = FindOwnVariableOfKind(scope, name, VariableKind::kLocal);
        if (cell == nullptr) {
          cell = tree_.NewVariable(scope, name, VariableKind::kLocal);
        }
        for (Scope* user : between) user->AddClosureVariable(cell);
        return cell;
      }
      continue;
    }
    if (scope->kind() == ScopeKind::kModule) break;
    int kind = SymbolScope(entry.symbols, name);
    if (kind == LOCAL || kind == CELL) {
      Variable* variable = scope->FindOwnVariable(name);
      if (variable == nullptr) {
        variable = tree_.NewVariable(scope, name, VariableKind::kLocal);
      }
      for (Scope* user : between) user->AddClosureVariable(variable);
      return variable;
    }
    between.push_back(scope);
  }
  // CPython's symbol table guarantees a binding; keep going without one.
  return ModuleVariable(name);
}

void TreeBuilder::DeclareGlobal(const std::string& name, Variable* variable) {
  // A `global` statement anywhere also marks the module's own name as an
  // explicit global, which CPython's symbol table lists at module level.
  current_scope()->AddGlobalDeclaration(name);
  Scope* module = tree_.module_scope();
  module->AddGlobalDeclaration(name);
  module->NoteName(name, variable);
}

void TreeBuilder::NoteUse(const std::string& name, Variable* variable) {
  current_scope()->NoteName(name, variable);
}

Variable* TreeBuilder::ResolveNameForStore(PyObject* identifier) {
  std::string name = Mangle(identifier);
  Scope* scope = current_scope();
  int kind = SymbolScope(current_symbols(), name);
  // Stores the compiler makes up (__doc__, __annotations__, __module__,
  // __qualname__) are not in the symbol table unless the program uses the
  // name too, and they do not change what the table says about it.
  long flags = SymbolFlags(current_symbols(), name);
  bool user_binding = (flags & (DEF_BOUND | DEF_GLOBAL | DEF_NONLOCAL)) != 0;
  Variable* variable = nullptr;
  if (scope->kind() == ScopeKind::kModule || kind == GLOBAL_EXPLICIT ||
      kind == GLOBAL_IMPLICIT) {
    variable = ModuleVariable(name);
    if (kind == GLOBAL_EXPLICIT) DeclareGlobal(name, variable);
    if (scope->kind() == ScopeKind::kModule && kind != GLOBAL_EXPLICIT &&
        (flags & DEF_BOUND)) {
      variable->set_bound_at_module_level();
    }
  } else if (kind == FREE) {
    variable = ResolveFree(name, scopes_.size() - 1);
    scope->AddClosureVariable(variable);
  } else if (scope->kind() == ScopeKind::kClass) {
    variable = LocalsDictVariable(scope, name);
  } else {
    variable = scope->FindOwnVariable(name);
    if (variable == nullptr || variable->kind() == VariableKind::kTemp) {
      variable = tree_.NewVariable(scope, name, VariableKind::kLocal);
    }
  }
  if (user_binding) NoteUse(name, variable);
  return variable;
}

Node* TreeBuilder::MakeNameRef(PyObject* identifier, const SourceReference& ref) {
  std::string name = Mangle(identifier);
  Scope* scope = current_scope();
  int kind = SymbolScope(current_symbols(), name);
  // Reading `super` in a function makes CPython's symbol table use
  // `__class__` there too (for zero-argument super()): resolve it like a
  // read, which takes the enclosing class's cell into the closure and makes
  // the class provide it (or, outside classes, names the global).
  if (name == "super" && scope->IsFunctionLike()) {
    MakeNameRef(Identifier("__class__"), ref);
  }

  Variable* variable = nullptr;
  if (scope->kind() == ScopeKind::kModule || kind == GLOBAL_EXPLICIT ||
      kind == GLOBAL_IMPLICIT) {
    variable = ModuleVariable(name);
    if (kind == GLOBAL_EXPLICIT) DeclareGlobal(name, variable);
    if (scope->kind() == ScopeKind::kModule &&
        (SymbolFlags(current_symbols(), name) & DEF_BOUND) &&
        kind != GLOBAL_EXPLICIT) {
      variable->set_bound_at_module_level();
    }
  } else if (kind == FREE) {
    variable = ResolveFree(name, scopes_.size() - 1);
    scope->AddClosureVariable(variable);
  } else if (scope->kind() == ScopeKind::kClass) {
    // Class bodies bind names in their namespace, so even a local read
    // falls back to the module (LOAD_NAME).
    variable = ModuleVariable(name);
  } else {
    variable = scope->FindOwnVariable(name);
    if (variable == nullptr || variable->kind() == VariableKind::kTemp) {
      variable = tree_.NewVariable(scope, name, VariableKind::kLocal);
    }
  }
  // Reads the compiler makes up (like `__name__` for a class's
  // `__module__`) are not user names unless the program uses them too.
  if (SymbolFlags(current_symbols(), name) & (USE | DEF_BOUND)) {
    NoteUse(name, kind == LOCAL && scope->kind() == ScopeKind::kClass
                      ? LocalsDictVariable(scope, name)
                      : variable);
  }

  Node* read = MakeVariableRef(variable, ref);
  // In a class body, every name but an explicit global is looked up in the
  // class namespace first (LOAD_NAME, LOAD_CLASSDEREF).
  if (scope->kind() == ScopeKind::kClass && kind != GLOBAL_EXPLICIT) {
    Node* lookup = New(NodeKind::kExpressionLocalsVariableRefOrFallback, ref);
    lookup->set_variable(LocalsDictVariable(scope, name));
    lookup->AddChild(ChildRole::k_fallback, read);
    return lookup;
  }
  return read;
}

Node* TreeBuilder::MakeNameAssign(PyObject* identifier, Node* source,
                                  const SourceReference& ref) {
  return MakeAssignVariable(ResolveNameForStore(identifier), source, ref);
}

Node* TreeBuilder::MakeNameDel(PyObject* identifier, const SourceReference& ref,
                               bool tolerant) {
  return MakeDelVariable(ResolveNameForStore(identifier), ref, tolerant);
}

// --- Variables -----------------------------------------------------------------

Variable* TreeBuilder::NewTemp(absl::string_view hint) {
  Scope* scope = current_scope();
  return tree_.NewVariable(
      scope, absl::StrCat("tmp_", hint, "_", scope->next_temp_number++),
      VariableKind::kTemp);
}

Node* TreeBuilder::MakeVariableRef(Variable* variable, const SourceReference& ref) {
  Node* node = New(NodeKind::kExpressionVariableRef, ref);
  node->set_variable(variable);
  return node;
}

Node* TreeBuilder::MakeAssignVariable(Variable* variable, Node* source,
                                      const SourceReference& ref) {
  Node* node = New(NodeKind::kStatementAssignmentVariable, ref);
  node->set_variable(variable);
  node->AddChild(ChildRole::k_source, source);
  return node;
}

Node* TreeBuilder::MakeDelVariable(Variable* variable, const SourceReference& ref,
                                   bool tolerant) {
  Node* node = New(NodeKind::kStatementDelVariable, ref);
  node->set_variable(variable);
  if (tolerant) node->set_number(1);
  return node;
}

Node* TreeBuilder::MakeRelease(Variable* variable, const SourceReference& ref) {
  Node* node = New(NodeKind::kStatementReleaseVariable, ref);
  node->set_variable(variable);
  return node;
}

// --- Try/finally ---------------------------------------------------------------

Node* TreeBuilder::MakeTryFinally(Node* tried, Node* final,
                                  const SourceReference& ref) {
  tried = MakeSequence({tried}, ref);
  final = MakeSequence({final}, ref);
  if (tried == nullptr) return final;
  if (final == nullptr) return tried;
  Node* node = New(NodeKind::kStatementTry, ref);
  node->AddChild(ChildRole::k_tried, tried);
  auto handler = [&](Node* exit) {
    return MakeSequence({tree_.Clone(final), exit}, ref);
  };
  node->AddChild(ChildRole::k_except_handler,
                 MakeSequence({New(NodeKind::kStatementPublishException, ref),
                               tree_.Clone(final), MakeReraise(ref)},
                              ref));
  if (ContainsExit(tried, NodeKind::kStatementLoopBreak)) {
    node->AddChild(ChildRole::k_break_handler, handler(MakeBreak(ref)));
  }
  if (ContainsExit(tried, NodeKind::kStatementLoopContinue)) {
    node->AddChild(ChildRole::k_continue_handler,
                   handler(New(NodeKind::kStatementLoopContinue, ref)));
  }
  if (ContainsExit(tried, NodeKind::kStatementReturn) ||
      ContainsExit(tried, NodeKind::kStatementGeneratorReturn)) {
    // The return value is already set aside when this handler runs; the
    // handler's own return continues returning it.
    node->AddChild(ChildRole::k_return_handler,
                   handler(New(NodeKind::kStatementReturn, ref)));
  }
  return MakeSequence({node, final}, ref);
}

Node* TreeBuilder::MakeTryFinallyReleases(Node* tried,
                                          const std::vector<Variable*>& temps,
                                          const SourceReference& ref) {
  std::vector<Node*> releases;
  for (Variable* temp : temps) releases.push_back(MakeRelease(temp, ref));
  return MakeTryFinally(tried, MakeSequence(releases, ref), ref);
}

// --- Scopes ----------------------------------------------------------------------

PySTEntryObject* TreeBuilder::LookupSymbols(const void* ast_node) const {
  PySTEntryObject* entry =
      PySymtable_Lookup(parsed_.symbols, const_cast<void*>(ast_node));
  if (entry == nullptr) PyErr_Clear();
  return entry;
}

TreeBuilder::ScopeGuard::ScopeGuard(TreeBuilder& builder, Scope* scope,
                                    PySTEntryObject* symbols,
                                    PyObject* private_name)
    : builder_(builder) {
  builder_.scopes_.push_back({scope, symbols, private_name});
}

TreeBuilder::ScopeGuard::~ScopeGuard() {
  Py_XDECREF(builder_.scopes_.back().symbols);
  builder_.scopes_.pop_back();
}

std::string TreeBuilder::QualnameFor(absl::string_view name, bool is_global) const {
  // CPython: a name declared global (or at module level) is its own
  // qualname; inside a def or lambda the parent's qualname gets
  // "<locals>", inside a class or comprehension it does not.
  Scope* parent = current_scope();
  if (is_global || parent->kind() == ScopeKind::kModule) return std::string(name);
  if (parent->kind() == ScopeKind::kFunction ||
      parent->kind() == ScopeKind::kLambda) {
    return absl::StrCat(parent->qualname(), ".<locals>.", name);
  }
  return absl::StrCat(parent->qualname(), ".", name);
}

Node* TreeBuilder::Fail(absl::string_view message, const SourceReference& ref) {
  if (error_.empty()) {
    error_ = absl::StrCat("nuitka-cc: internal error: ", tree_.filename(), ":",
                          ref.line, ": ", message, "\n");
  }
  return MakeNone(ref);
}

}  // namespace nuitka_cc
