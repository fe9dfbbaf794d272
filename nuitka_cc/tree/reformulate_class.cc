// Class definitions (Python 3), with what __build_class__ does made
// explicit, in CPython 3.11's order:
//
//   @deco                          tmp_class_decorator = deco
//   class C(B, *bs, metaclass=M,   tmp_bases_orig = (B, *bs)
//           x=1):                  tmp_metaclass = M      # when written first
//       """doc"""                  tmp_class_decl_dict = {"x": 1}
//       body                       tmp_bases = resolve_bases(tmp_bases_orig)
//                                  tmp_metaclass = select_metaclass(
//                                      tmp_metaclass, tmp_bases)
//                                  tmp_prepared = prepare(tmp_metaclass, "C",
//                                      tmp_bases, tmp_class_decl_dict)
//                                  C = tmp_class_decorator(<class body C>())
//                                  release the temporaries
//
//   class body C:                  # ExpressionClassBody, called directly
//       locals() = tmp_prepared    # StatementSetLocalsDictionary
//       __module__ = __name__      # the module global
//       __qualname__ = "C"
//       __annotations__ = {}       # when the body has annotations
//       __doc__ = """doc"""
//       frame C: body
//       if tmp_bases is not tmp_bases_orig:
//           __orig_bases__ = tmp_bases_orig
//       __class__ = tmp_metaclass("C", tmp_bases, locals(),
//                                 **tmp_class_decl_dict)
//       return __class__
//
// Without a metaclass keyword the metaclass is the type of the first base
// (after __mro_entries__), or `type`; a metaclass keyword not written
// first, or one that may come from **kwargs, is taken out of the keyword
// dict at run time:
//
//       tmp_metaclass = select_metaclass(
//           tmp_class_decl_dict["metaclass"]
//               if "metaclass" in tmp_class_decl_dict else <default>,
//           tmp_bases)
//       if "metaclass" in tmp_class_decl_dict:
//           del tmp_class_decl_dict["metaclass"]
//
// `__class__` is the cell of zero-argument super() and of methods using
// __class__; without one the metaclass call is returned directly. The
// class body reads the temporaries of the enclosing scope as closure
// variables. Names in the body are mangled with the class name.
#include "nuitka_cc/tree/body_helpers.h"
#include "nuitka_cc/tree/function_helpers.h"
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {
namespace {

// A name of the class namespace set by the reformulation itself. These are
// not user names, so unlike MakeNameAssign this does not list them among
// the scope's names (which mirror CPython's symbol table).
Node* AssignNamespace(TreeBuilder& b, Scope* scope, const char* name,
                      Node* value, const SourceReference& ref) {
  Variable* variable = nullptr;
  for (Variable* own : scope->variables()) {
    if (own->kind() == VariableKind::kLocalsDict && own->name() == name) {
      variable = own;
      break;
    }
  }
  if (variable == nullptr) {
    variable = b.tree().NewVariable(scope, name, VariableKind::kLocalsDict);
  }
  return b.MakeAssignVariable(variable, value, ref);
}

Variable* ModuleNameVariable(TreeBuilder& b) {
  Scope* module = b.tree().module_scope();
  Variable* variable = module->FindOwnVariable("__name__");
  if (variable == nullptr || variable->kind() != VariableKind::kModule) {
    variable = b.tree().NewVariable(module, "__name__", VariableKind::kModule);
  }
  return variable;
}

// The `__class__` cell of a class scope, made if name resolution has not
// made it yet.
Variable* ClassCell(TreeBuilder& b, Scope* scope) {
  for (Variable* variable : scope->variables()) {
    if (variable->name() == "__class__" && variable->kind() == VariableKind::kLocal) {
      return variable;
    }
  }
  scope->needs_class_cell = true;
  return b.tree().NewVariable(scope, "__class__", VariableKind::kLocal);
}

Node* MakeKeyValue(TreeBuilder& b, keyword_ty keyword) {
  Node* pair = b.New(NodeKind::kExpressionKeyValuePair, b.Ref(keyword));
  pair->AddChild(ChildRole::k_key, b.MakeConstantBorrowed(keyword->arg, b.Ref(keyword)));
  pair->AddChild(ChildRole::k_value, b.BuildExpression(keyword->value));
  return pair;
}

// The keyword arguments from `first` on, as a dict display.
Node* BuildKeywordDict(TreeBuilder& b, asdl_keyword_seq* keywords,
                       Py_ssize_t first, const SourceReference& ref) {
  bool unpacking = false;
  for (Py_ssize_t i = first; i < asdl_seq_LEN(keywords); ++i) {
    unpacking = unpacking || asdl_seq_GET(keywords, i)->arg == nullptr;
  }
  Node* dict = b.New(unpacking ? NodeKind::kExpressionMakeDictUnpack
                               : NodeKind::kExpressionMakeDict,
                     ref);
  // With ** the keywords merge as the call keywords of __build_class__
  // (a repeated name is a TypeError naming it), not as a dict display.
  if (unpacking) dict->set_name("__build_class__");
  for (Py_ssize_t i = first; i < asdl_seq_LEN(keywords); ++i) {
    keyword_ty keyword = asdl_seq_GET(keywords, i);
    if (keyword->arg != nullptr) {
      dict->AddChild(ChildRole::k_elements, MakeKeyValue(b, keyword));
      continue;
    }
    Node* element = b.New(NodeKind::kExpressionDictUnpackElement, b.Ref(keyword));
    element->AddChild(ChildRole::k_value, b.BuildExpression(keyword->value));
    dict->AddChild(ChildRole::k_elements, element);
  }
  return dict;
}

// The bases as written: a tuple, with starred elements unpacked.
Node* BuildBases(TreeBuilder& b, asdl_expr_seq* bases, const SourceReference& ref) {
  bool starred = false;
  std::vector<Node*> elements;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(bases); ++i) {
    expr_ty base = asdl_seq_GET(bases, i);
    if (base->kind == Starred_kind) {
      starred = true;
      Node* element = b.New(NodeKind::kExpressionStarredElement, b.Ref(base));
      element->AddChild(ChildRole::k_value, b.BuildExpression(base->v.Starred.value));
      elements.push_back(element);
    } else {
      elements.push_back(b.BuildExpression(base));
    }
  }
  if (!starred) return b.MakeTuple(elements, ref);
  Node* tuple = b.New(NodeKind::kExpressionMakeTupleUnpack, ref);
  tuple->AddChildren(ChildRole::k_elements, elements);
  return tuple;
}

Node* MakeConstantMetaclassKey(TreeBuilder& b, const SourceReference& ref) {
  return b.MakeConstant(PyUnicode_InternFromString("metaclass"), ref);
}

// "metaclass" in tmp_class_decl_dict
Node* MakeHasMetaclassKey(TreeBuilder& b, Variable* dict,
                          const SourceReference& ref) {
  Node* check = b.New(NodeKind::kExpressionComparison, ref);
  check->set_op(Operator::kIn);
  check->AddChild(ChildRole::k_left, MakeConstantMetaclassKey(b, ref));
  check->AddChild(ChildRole::k_right, b.MakeVariableRef(dict, ref));
  return check;
}

}  // namespace

Node* BuildClassDefStatement(TreeBuilder& b, stmt_ty s) {
  SourceReference ref = b.Ref(s);
  const auto& def = s->v.ClassDef;
  std::string name = Utf8(def.name);
  PySTEntryObject* symbols = b.LookupSymbols(s);
  if (symbols == nullptr) return b.Fail("no symbol table for class", ref);

  std::vector<Node*> statements;
  std::vector<Variable*> temps;
  auto temp = [&](absl::string_view hint) {
    Variable* variable = b.NewTemp(hint);
    temps.push_back(variable);
    return variable;
  };

  // Decorators come first of all.
  std::vector<Variable*> decorators;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(def.decorator_list); ++i) {
    expr_ty decorator = asdl_seq_GET(def.decorator_list, i);
    Variable* variable = temp("class_decorator");
    decorators.push_back(variable);
    statements.push_back(b.MakeAssignVariable(
        variable, b.BuildExpression(decorator), b.Ref(decorator)));
  }

  // Then the bases and the keywords, as written.
  bool has_bases = asdl_seq_LEN(def.bases) > 0;
  Variable* bases_orig = nullptr;
  Variable* bases = nullptr;
  if (has_bases) {
    bases_orig = temp("bases_orig");
    statements.push_back(
        b.MakeAssignVariable(bases_orig, BuildBases(b, def.bases, ref), ref));
  }
  asdl_keyword_seq* keywords = def.keywords;
  Py_ssize_t keyword_count = asdl_seq_LEN(keywords);
  bool double_starred = false;
  Py_ssize_t metaclass_index = -1;
  for (Py_ssize_t i = 0; i < keyword_count; ++i) {
    keyword_ty keyword = asdl_seq_GET(keywords, i);
    if (keyword->arg == nullptr) {
      double_starred = true;
    } else if (PyUnicode_CompareWithASCIIString(keyword->arg, "metaclass") == 0) {
      metaclass_index = i;
    }
  }
  Variable* metaclass = temp("metaclass");
  Variable* decl_dict = nullptr;
  // A metaclass written first (and no ** that could repeat it) is simply
  // evaluated into its temporary; the other keywords form the dict.
  bool metaclass_first = metaclass_index == 0 && !double_starred;
  if (metaclass_first) {
    keyword_ty keyword = asdl_seq_GET(keywords, 0);
    statements.push_back(b.MakeAssignVariable(
        metaclass, b.BuildExpression(keyword->value), b.Ref(keyword)));
  }
  Py_ssize_t dict_first = metaclass_first ? 1 : 0;
  if (dict_first < keyword_count) {
    decl_dict = temp("class_decl_dict");
    statements.push_back(b.MakeAssignVariable(
        decl_dict, BuildKeywordDict(b, keywords, dict_first, ref), ref));
  }

  // What __build_class__ does before running the body.
  if (has_bases) {
    bases = temp("bases");
    Node* resolve = b.New(NodeKind::kExpressionBuiltinResolveBases, ref);
    resolve->AddChild(ChildRole::k_bases, b.MakeVariableRef(bases_orig, ref));
    statements.push_back(b.MakeAssignVariable(bases, resolve, ref));
  }
  auto bases_ref = [&]() {
    return has_bases ? b.MakeVariableRef(bases, ref)
                     : b.MakeConstant(PyTuple_New(0), ref);
  };
  // Without a metaclass keyword: type(tmp_bases[0]) if tmp_bases else type
  // (__mro_entries__ may have left no bases), or type without bases.
  auto default_metaclass = [&]() {
    Node* type = b.MakeConstantBorrowed(reinterpret_cast<PyObject*>(&PyType_Type), ref);
    if (!has_bases) return type;
    Node* first_base = b.New(NodeKind::kExpressionSubscriptLookup, ref);
    first_base->AddChild(ChildRole::k_expression, bases_ref());
    first_base->AddChild(ChildRole::k_subscript, b.MakeConstantInt(0, ref));
    Node* type_of = b.New(NodeKind::kExpressionBuiltinType1, ref);
    type_of->AddChild(ChildRole::k_value, first_base);
    Node* choice = b.New(NodeKind::kExpressionConditional, ref);
    choice->AddChild(ChildRole::k_condition, bases_ref());
    choice->AddChild(ChildRole::k_expression_yes, type_of);
    choice->AddChild(ChildRole::k_expression_no, type);
    return choice;
  };
  Node* given = nullptr;
  Node* remove_metaclass_key = nullptr;
  if (metaclass_first) {
    given = b.MakeVariableRef(metaclass, ref);
  } else if (metaclass_index >= 0 || double_starred) {
    Node* lookup = b.New(NodeKind::kExpressionSubscriptLookup, ref);
    lookup->AddChild(ChildRole::k_expression, b.MakeVariableRef(decl_dict, ref));
    lookup->AddChild(ChildRole::k_subscript, MakeConstantMetaclassKey(b, ref));
    given = b.New(NodeKind::kExpressionConditional, ref);
    given->AddChild(ChildRole::k_condition, MakeHasMetaclassKey(b, decl_dict, ref));
    given->AddChild(ChildRole::k_expression_yes, lookup);
    given->AddChild(ChildRole::k_expression_no, default_metaclass());
    Node* del = b.New(NodeKind::kStatementDelSubscript, ref);
    del->AddChild(ChildRole::k_expression, b.MakeVariableRef(decl_dict, ref));
    del->AddChild(ChildRole::k_subscript, MakeConstantMetaclassKey(b, ref));
    remove_metaclass_key = b.MakeConditional(MakeHasMetaclassKey(b, decl_dict, ref),
                                             del, nullptr, ref);
  } else {
    given = default_metaclass();
  }
  Node* select = b.New(NodeKind::kExpressionSelectMetaclass, ref);
  select->AddChild(ChildRole::k_metaclass, given);
  select->AddChild(ChildRole::k_bases, bases_ref());
  statements.push_back(b.MakeAssignVariable(metaclass, select, ref));
  statements.push_back(remove_metaclass_key);

  auto name_constant = [&]() { return b.MakeConstantBorrowed(def.name, ref); };
  auto decl_dict_ref = [&]() {
    return decl_dict != nullptr ? b.MakeVariableRef(decl_dict, ref) : nullptr;
  };
  Variable* prepared = temp("prepared");
  Node* prepare = b.New(NodeKind::kExpressionClassPrepare, ref);
  prepare->AddChild(ChildRole::k_metaclass, b.MakeVariableRef(metaclass, ref));
  prepare->AddChild(ChildRole::k_class_name, name_constant());
  prepare->AddChild(ChildRole::k_bases, bases_ref());
  prepare->AddChild(ChildRole::k_kwargs, decl_dict_ref());
  statements.push_back(b.MakeAssignVariable(prepared, prepare, ref));

  // The class body.
  Scope* scope = b.tree().NewScope(
      ScopeKind::kClass, name,
      b.QualnameFor(name, DeclaredGlobalInParent(b, b.Mangle(def.name))),
      b.current_scope());
  scope->first_line = s->lineno;
  for (Variable* used : {prepared, bases_orig, bases, metaclass, decl_dict}) {
    if (used != nullptr) scope->AddClosureVariable(used);
  }
  Node* class_body = b.New(NodeKind::kExpressionClassBody, ref);
  class_body->set_name(name);
  class_body->set_scope(scope);
  scope->set_body(class_body);
  {
    TreeBuilder::ScopeGuard guard(b, scope, symbols, def.name);
    std::vector<Node*> body;
    Node* set_locals = b.New(NodeKind::kStatementSetLocalsDictionary, ref);
    set_locals->AddChild(ChildRole::k_source, b.MakeVariableRef(prepared, ref));
    body.push_back(set_locals);
    body.push_back(AssignNamespace(b, scope, "__module__",
                                   b.MakeVariableRef(ModuleNameVariable(b), ref),
                                   ref));
    body.push_back(AssignNamespace(b, scope, "__qualname__",
                                   b.MakeConstantString(scope->qualname(), ref), ref));
    // CPython sets up __annotations__ before the docstring.
    if (BodyHasAnnotations(def.body)) {
      body.push_back(AssignNamespace(b, scope, "__annotations__",
                                     b.New(NodeKind::kExpressionMakeDict, ref), ref));
    }
    Py_ssize_t first = 0;
    if (PyObject* doc = BodyDocstring(def.body)) {
      stmt_ty doc_statement = asdl_seq_GET(def.body, 0);
      body.push_back(AssignNamespace(
          b, scope, "__doc__",
          b.MakeConstantBorrowed(doc, b.Ref(doc_statement->v.Expr.value)),
          b.Ref(doc_statement)));
      first = 1;
    }
    body.push_back(
        BuildFramedBody(b, NodeKind::kStatementsFrameClass, def.body, first, ref, name));
    if (has_bases) {
      Node* changed = b.New(NodeKind::kExpressionComparison, ref);
      changed->set_op(Operator::kIsNot);
      changed->AddChild(ChildRole::k_left, b.MakeVariableRef(bases, ref));
      changed->AddChild(ChildRole::k_right, b.MakeVariableRef(bases_orig, ref));
      body.push_back(b.MakeConditional(
          changed,
          AssignNamespace(b, scope, "__orig_bases__",
                          b.MakeVariableRef(bases_orig, ref), ref),
          nullptr, ref));
    }
    Node* create = b.New(NodeKind::kExpressionCall, ref);
    create->AddChild(ChildRole::k_called, b.MakeVariableRef(metaclass, ref));
    create->AddChild(ChildRole::k_args,
                     b.MakeTuple({name_constant(), bases_ref(),
                                  b.New(NodeKind::kExpressionLocalsDictRef, ref)},
                                 ref));
    create->AddChild(ChildRole::k_kwargs, decl_dict_ref());
    Node* ret = b.New(NodeKind::kStatementReturn, ref);
    // Name resolution has marked the scope while building the methods.
    if (scope->needs_class_cell || symbols->ste_needs_class_closure) {
      Variable* cell = ClassCell(b, scope);
      body.push_back(b.MakeAssignVariable(cell, create, ref));
      ret->AddChild(ChildRole::k_expression, b.MakeVariableRef(cell, ref));
    } else {
      ret->AddChild(ChildRole::k_expression, create);
    }
    body.push_back(ret);
    class_body->AddChild(ChildRole::k_body, b.MakeSequence(body, ref));
  }

  Node* function_ref = b.New(NodeKind::kExpressionFunctionRef, ref);
  function_ref->set_target(class_body);
  Node* value = b.New(NodeKind::kExpressionFunctionCall, ref);
  value->AddChild(ChildRole::k_function, function_ref);
  // Decorators apply innermost first: C = d1(d2(class)).
  for (size_t i = decorators.size(); i-- > 0;) {
    SourceReference decorator_ref =
        b.Ref(asdl_seq_GET(def.decorator_list, static_cast<Py_ssize_t>(i)));
    value = b.MakeCall(b.MakeVariableRef(decorators[i], decorator_ref), {value},
                       decorator_ref);
  }
  statements.push_back(b.MakeNameAssign(def.name, value, ref));
  return b.MakeTryFinallyReleases(b.MakeSequence(statements, ref), temps, ref);
}

}  // namespace nuitka_cc
