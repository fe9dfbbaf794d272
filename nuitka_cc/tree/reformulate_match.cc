// Match statements become one test per case over a subject evaluated once:
//
//   match subject:              tmp_subject = subject
//       case [x, 1] if x > 0:   try:
//           body1                   if match_case{...} and x > 0:
//       case C(a=y):                    release tmp_subject
//           body2                       body1
//       case _:                     elif match_case{...}:
//           body3                       release tmp_subject
//                                       body2
//                                   else:
//                                       release tmp_subject
//                                       body3
//                               finally:
//                                   release tmp_subject
//
// A `match_case{...}` is an outline that runs the tests of the pattern, binds
// the captured names once the whole pattern matched (before the guard, as
// CPython 3.11 stores them), and says whether it matched:
//
//   match_case{                                  # case [x, 1]
//       try:
//           if MatchTypeCheckSequence(tmp_subject) and len(tmp_subject) == 2:
//               tmp_items = MatchSequenceUnpack(tmp_subject)  # number=2
//               if tmp_items[1] == 1:
//                   x = tmp_items[0]
//                   return True
//       finally:
//           release tmp_items
//       return False
//   }
//
// Names are stored in CPython's order: as met left to right, the name of
// `p as name` after those of p, the order of the first alternative of an
// or-pattern. A pattern made only of tests needs no outline (`case 1 | 2:` is just
// `tmp_subject == 1 or tmp_subject == 2`). The subject is released before
// the body runs, as CPython pops it; temporaries of the tests are released
// when the outline returns.
//
// Each pattern does what compile.c of CPython 3.11 emits for it, in the same
// order, with `s` the value being matched:
//   value        s == value
//   singleton    s is None (True, False)
//   sequence     MatchTypeCheckSequence(s), len(s) == n (or >= n - 1 with a
//                star, no length test for a lone star); then, without a `*_`,
//                all items by iteration into one tuple, sub-patterns on its
//                items; with a `*_`, s[i] before the star and
//                s[len(s) - (n - i)] after it, only for items that test
//                something, each tested before the next is taken (iterating
//                and indexing differ for sequences whose __iter__ and
//                __getitem__ disagree, so Nuitka's indexing is not copied)
//   mapping      MatchTypeCheckMapping(s), len(s) >= n, keys evaluated,
//                values = MatchMappingValues(s, keys), values is not None,
//                sub-patterns on values[i]; then **rest = MatchMappingRest
//   class        cls = MatchClassType(C), isinstance(s, cls),
//                attrs = MatchClassArgs(s, cls) (all attributes at once),
//                attrs is not None, sub-patterns on attrs[i]; MatchClassType
//                raises CPython's "called match pattern must be a type" where
//                isinstance would accept a tuple or a union
//   p as name    p, then the capture of s
//   p1 | p2      the alternatives in turn; with statements or captures they go
//                in a `match_or` outline that copies the captures of the
//                alternative that matched into temporaries
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {
namespace {

// The value a pattern is matched against: a variable, or an item of the
// tuple a variable holds. Tuple items may be read any number of times; the
// tuples come from MatchSequenceUnpack, MatchMappingValues and
// MatchClassArgs and reading them has no effects.
struct Subject {
  Variable* variable = nullptr;
  int index = -1;  // >= 0: item of the tuple in `variable`
};

// One step of matching: a test (matching goes on only if it is true) or a
// statement (run, then matching goes on).
struct Step {
  Node* condition = nullptr;
  Node* statement = nullptr;
};

// A name a pattern binds, and where its value is once the pattern matched.
struct Capture {
  PyObject* name;
  Subject source;
  SourceReference ref;
};

bool IsWildcard(pattern_ty p) {
  return p->kind == MatchAs_kind && p->v.MatchAs.pattern == nullptr &&
         p->v.MatchAs.name == nullptr;
}

// Patterns that keep their subject in a variable (see Materialize).
bool UsesVariable(pattern_ty p) {
  return p->kind == MatchSequence_kind || p->kind == MatchMapping_kind ||
         p->kind == MatchClass_kind || p->kind == MatchOr_kind;
}

Node* Unary(TreeBuilder& b, NodeKind kind, Node* operand,
            const SourceReference& ref) {
  Node* node = b.New(kind, ref);
  node->AddChild(ChildRole::k_value, operand);
  return node;
}

Node* Compare(TreeBuilder& b, Node* left, Operator op, Node* right,
              const SourceReference& ref) {
  Node* node = b.New(NodeKind::kExpressionComparison, ref);
  node->set_op(op);
  node->AddChild(ChildRole::k_left, left);
  node->AddChild(ChildRole::k_right, right);
  return node;
}

// c1 and (c2 and (...)), evaluated left to right, stopping at the first
// false one.
Node* Chain(TreeBuilder& b, NodeKind kind, const std::vector<Node*>& operands) {
  Node* result = operands.back();
  for (size_t i = operands.size() - 1; i-- > 0;) {
    Node* node = b.New(kind, operands[i]->source());
    node->AddChild(ChildRole::k_left, operands[i]);
    node->AddChild(ChildRole::k_right, result);
    result = node;
  }
  return result;
}

Node* AllOf(TreeBuilder& b, const std::vector<Node*>& conditions) {
  return Chain(b, NodeKind::kExpressionConditionalAnd, conditions);
}

Node* ReturnBool(TreeBuilder& b, bool value, const SourceReference& ref) {
  Node* node = b.New(NodeKind::kStatementReturn, ref);
  node->AddChild(ChildRole::k_expression, b.MakeBool(value, ref));
  return node;
}

// The steps as nested conditionals around `tail`: consecutive tests share
// one conditional through an `and` chain.
Node* Nest(TreeBuilder& b, const std::vector<Step>& steps, Node* tail,
           const SourceReference& ref) {
  Node* result = tail;
  size_t end = steps.size();
  while (end > 0) {
    if (steps[end - 1].statement != nullptr) {
      result = b.MakeSequence({steps[end - 1].statement, result}, ref);
      --end;
      continue;
    }
    size_t first = end - 1;
    while (first > 0 && steps[first - 1].condition != nullptr) --first;
    std::vector<Node*> conditions;
    for (size_t i = first; i < end; ++i) conditions.push_back(steps[i].condition);
    result = b.MakeConditional(AllOf(b, conditions), result, nullptr,
                               conditions.front()->source());
    end = first;
  }
  return result;
}

// name{ try: tried finally: release temps; return False }: an outline
// whose `tried` returns True where it matched.
Node* MakeOutline(TreeBuilder& b, const char* name, Node* tried,
                  const std::vector<Variable*>& temps, bool can_fail,
                  const SourceReference& ref) {
  Node* body = b.MakeSequence(
      {temps.empty() ? tried : b.MakeTryFinallyReleases(tried, temps, ref),
       can_fail ? ReturnBool(b, false, ref) : nullptr},
      ref);
  Node* outline = b.New(NodeKind::kExpressionOutlineBody, ref);
  outline->set_name(name);
  outline->AddChild(ChildRole::k_body, body);
  return outline;
}

// Collects the steps, captures and temporaries of matching one pattern
// (a case's pattern, or one alternative of an or-pattern).
class PatternMatcher {
 public:
  explicit PatternMatcher(TreeBuilder& b) : b_(b) {}

  void Match(pattern_ty p, Subject subject);

  const std::vector<Step>& steps() const { return steps_; }
  const std::vector<Capture>& captures() const { return captures_; }

  // Only tests, nothing to bind or release.
  bool IsTestsOnly() const {
    if (!captures_.empty() || !temps_.empty()) return false;
    for (const Step& step : steps_) {
      if (step.statement != nullptr) return false;
    }
    return true;
  }
  std::vector<Node*> Conditions() const {
    std::vector<Node*> conditions;
    for (const Step& step : steps_) conditions.push_back(step.condition);
    return conditions;
  }

  // The value of a subject, as a new expression.
  Node* Read(Subject subject, const SourceReference& ref) {
    Node* variable = b_.MakeVariableRef(subject.variable, ref);
    if (subject.index < 0) return variable;
    Node* item = b_.New(NodeKind::kExpressionSubscriptLookup, ref);
    item->AddChild(ChildRole::k_expression, variable);
    item->AddChild(ChildRole::k_subscript, b_.MakeConstantInt(subject.index, ref));
    return item;
  }

  // The captured names bound to their values, in CPython's store order.
  std::vector<Node*> Bindings() {
    std::vector<Node*> bindings;
    for (const Capture& capture : captures_) {
      bindings.push_back(b_.MakeNameAssign(
          capture.name, Read(capture.source, capture.ref), capture.ref));
    }
    return bindings;
  }

  // An outline running the steps; where they all pass it runs `success`
  // (which returns True). It releases the temporaries and returns False
  // otherwise.
  Node* Outline(const char* name, const std::vector<Node*>& success,
                const SourceReference& ref) {
    Node* tried = Nest(b_, steps_, b_.MakeSequence(success, ref), ref);
    // Without steps `success` always runs and returns.
    return MakeOutline(b_, name, tried, temps_, !steps_.empty(), ref);
  }

 private:
  void Test(Node* condition) { steps_.push_back({condition, nullptr}); }
  void Run(Node* statement) { steps_.push_back({nullptr, statement}); }
  Variable* Temp(absl::string_view hint) {
    Variable* temp = b_.NewTemp(hint);
    temps_.push_back(temp);
    return temp;
  }
  // `temp = value` as a step; returns the temporary.
  Variable* Keep(absl::string_view hint, Node* value, const SourceReference& ref) {
    Variable* temp = Temp(hint);
    Run(b_.MakeAssignVariable(temp, value, ref));
    return temp;
  }
  // A variable holding the subject, for patterns that use it more than once
  // or hand it to operations with effects.
  Variable* Materialize(Subject subject, const SourceReference& ref) {
    if (subject.index < 0) return subject.variable;
    return Keep("match_item", Read(subject, ref), ref);
  }
  Node* Ref(Variable* variable, const SourceReference& ref) {
    return b_.MakeVariableRef(variable, ref);
  }
  Node* IsNotNone(Variable* variable, const SourceReference& ref) {
    return Compare(b_, Ref(variable, ref), Operator::kIsNot, b_.MakeNone(ref), ref);
  }
  Node* Length(Variable* variable, const SourceReference& ref) {
    return Unary(b_, NodeKind::kExpressionBuiltinLen, Ref(variable, ref), ref);
  }

  void MatchSequence(pattern_ty p, Subject subject);
  void MatchMapping(pattern_ty p, Subject subject);
  void MatchClass(pattern_ty p, Subject subject);
  void MatchOr(pattern_ty p, Subject subject);

  TreeBuilder& b_;
  std::vector<Step> steps_;
  std::vector<Capture> captures_;
  std::vector<Variable*> temps_;
};

void PatternMatcher::Match(pattern_ty p, Subject subject) {
  SourceReference ref = b_.Ref(p);
  switch (p->kind) {
    case MatchValue_kind:
      Test(Compare(b_, Read(subject, ref), Operator::kEq,
                   b_.BuildExpression(p->v.MatchValue.value), ref));
      return;
    case MatchSingleton_kind:
      Test(Compare(b_, Read(subject, ref), Operator::kIs,
                   b_.MakeConstantBorrowed(p->v.MatchSingleton.value, ref), ref));
      return;
    case MatchSequence_kind:
      MatchSequence(p, subject);
      return;
    case MatchMapping_kind:
      MatchMapping(p, subject);
      return;
    case MatchClass_kind:
      MatchClass(p, subject);
      return;
    case MatchStar_kind:
      // Only inside sequence patterns, which handle it.
      b_.Fail("star pattern outside a sequence pattern", ref);
      return;
    case MatchAs_kind:
      if (p->v.MatchAs.pattern != nullptr) {
        // The capture then reads the variable the sub-pattern tested.
        if (UsesVariable(p->v.MatchAs.pattern)) {
          subject = Subject{Materialize(subject, ref), -1};
        }
        Match(p->v.MatchAs.pattern, subject);
      }
      if (p->v.MatchAs.name != nullptr) {
        captures_.push_back({p->v.MatchAs.name, subject, ref});
      }
      return;
    case MatchOr_kind:
      MatchOr(p, subject);
      return;
  }
  b_.Fail("unknown pattern kind", ref);
}

void PatternMatcher::MatchSequence(pattern_ty p, Subject subject) {
  SourceReference ref = b_.Ref(p);
  asdl_pattern_seq* patterns = p->v.MatchSequence.patterns;
  Py_ssize_t size = asdl_seq_LEN(patterns);
  Py_ssize_t star = -1;
  bool star_wildcard = false;
  bool only_wildcards = true;
  for (Py_ssize_t i = 0; i < size; ++i) {
    pattern_ty item = asdl_seq_GET(patterns, i);
    if (item->kind == MatchStar_kind) {
      star = i;
      star_wildcard = item->v.MatchStar.name == nullptr;
      only_wildcards = only_wildcards && star_wildcard;
    } else {
      only_wildcards = only_wildcards && IsWildcard(item);
    }
  }

  Variable* sequence = Materialize(subject, ref);
  Test(Unary(b_, NodeKind::kExpressionMatchTypeCheckSequence, Ref(sequence, ref),
             ref));
  if (star < 0) {
    Test(Compare(b_, Length(sequence, ref), Operator::kEq,
                 b_.MakeConstantInt(size, ref), ref));
  } else if (size > 1) {
    Test(Compare(b_, Length(sequence, ref), Operator::kGtE,
                 b_.MakeConstantInt(size - 1, ref), ref));
  }
  if (only_wildcards) return;

  if (star_wildcard) {
    // Item by item, by index; the ones after the star counted from the
    // length, as the subject need not support negative indices.
    for (Py_ssize_t i = 0; i < size; ++i) {
      pattern_ty item = asdl_seq_GET(patterns, i);
      if (i == star || IsWildcard(item)) continue;
      SourceReference item_ref = b_.Ref(item);
      Node* index;
      if (i < star) {
        index = b_.MakeConstantInt(i, item_ref);
      } else {
        index = b_.New(NodeKind::kExpressionOperationBinary, item_ref);
        index->set_op(Operator::kSub);
        index->AddChild(ChildRole::k_left, Length(sequence, item_ref));
        index->AddChild(ChildRole::k_right,
                        b_.MakeConstantInt(size - i, item_ref));
      }
      Node* lookup = b_.New(NodeKind::kExpressionSubscriptLookup, item_ref);
      lookup->AddChild(ChildRole::k_expression, Ref(sequence, item_ref));
      lookup->AddChild(ChildRole::k_subscript, index);
      Match(item, Subject{Keep("match_item", lookup, item_ref), -1});
    }
    return;
  }

  // All items at once, by iteration; then the sub-patterns in order.
  Node* unpack = Unary(b_, NodeKind::kExpressionMatchSequenceUnpack,
                       Ref(sequence, ref), ref);
  unpack->set_number(size);
  if (star >= 0) {
    unpack->set_constant(b_.tree().OwnConstant(PyLong_FromSsize_t(star)));
  }
  Variable* items = Keep("match_items", unpack, ref);
  for (Py_ssize_t i = 0; i < size; ++i) {
    pattern_ty item = asdl_seq_GET(patterns, i);
    Subject value{items, static_cast<int>(i)};
    if (item->kind == MatchStar_kind) {
      captures_.push_back({item->v.MatchStar.name, value, b_.Ref(item)});
    } else {
      Match(item, value);
    }
  }
}

void PatternMatcher::MatchMapping(pattern_ty p, Subject subject) {
  SourceReference ref = b_.Ref(p);
  asdl_expr_seq* keys = p->v.MatchMapping.keys;
  asdl_pattern_seq* patterns = p->v.MatchMapping.patterns;
  PyObject* rest = p->v.MatchMapping.rest;
  Py_ssize_t size = asdl_seq_LEN(keys);

  Variable* mapping = Materialize(subject, ref);
  Test(Unary(b_, NodeKind::kExpressionMatchTypeCheckMapping, Ref(mapping, ref),
             ref));
  if (size == 0 && rest == nullptr) return;
  if (size > 0) {
    Test(Compare(b_, Length(mapping, ref), Operator::kGtE,
                 b_.MakeConstantInt(size, ref), ref));
  }

  // The keys are evaluated once, after the length test; literal keys make
  // a constant tuple.
  Node* key_tuple = b_.MakeTuple(b_.BuildExpressions(keys), ref);
  Variable* key_variable = nullptr;
  if (key_tuple->kind() != NodeKind::kExpressionConstantRef) {
    key_variable = Keep("match_keys", key_tuple, ref);
  }
  auto make_keys = [&]() {
    return key_variable != nullptr ? Ref(key_variable, ref)
                                   : b_.tree().Clone(key_tuple);
  };

  // Without keys CPython's MATCH_KEYS gives () without looking at the
  // subject, so there is nothing to do for `{**rest}`.
  if (size > 0) {
    Node* lookup = b_.New(NodeKind::kExpressionMatchMappingValues, ref);
    lookup->AddChild(ChildRole::k_value, Ref(mapping, ref));
    lookup->AddChild(ChildRole::k_keys, make_keys());
    Variable* values = Keep("match_values", lookup, ref);
    Test(IsNotNone(values, ref));
    for (Py_ssize_t i = 0; i < size; ++i) {
      Match(asdl_seq_GET(patterns, i), Subject{values, static_cast<int>(i)});
    }
  }
  if (rest != nullptr) {
    Node* copy = b_.New(NodeKind::kExpressionMatchMappingRest, ref);
    copy->AddChild(ChildRole::k_value, Ref(mapping, ref));
    copy->AddChild(ChildRole::k_keys, make_keys());
    captures_.push_back({rest, Subject{Keep("match_rest", copy, ref), -1}, ref});
  }
}

void PatternMatcher::MatchClass(pattern_ty p, Subject subject) {
  SourceReference ref = b_.Ref(p);
  asdl_pattern_seq* positional = p->v.MatchClass.patterns;
  asdl_identifier_seq* keyword_names = p->v.MatchClass.kwd_attrs;
  asdl_pattern_seq* keyword = p->v.MatchClass.kwd_patterns;
  Py_ssize_t positional_count = asdl_seq_LEN(positional);
  Py_ssize_t keyword_count = asdl_seq_LEN(keyword);

  Variable* instance = Materialize(subject, ref);
  // The class expression is evaluated at match time, each time.
  Node* checked_class = Unary(b_, NodeKind::kExpressionMatchClassType,
                              b_.BuildExpression(p->v.MatchClass.cls), ref);
  auto isinstance = [&](Node* classes) {
    Node* node = b_.New(NodeKind::kExpressionBuiltinIsinstance, ref);
    node->AddChild(ChildRole::k_instance, Ref(instance, ref));
    node->AddChild(ChildRole::k_classes, classes);
    return node;
  };
  if (positional_count + keyword_count == 0) {
    Test(isinstance(checked_class));
    return;
  }
  Variable* cls = Keep("match_class", checked_class, ref);
  Test(isinstance(Ref(cls, ref)));

  // Attribute names as written: CPython does not mangle them here.
  PyObject* names = PyTuple_New(keyword_count);
  for (Py_ssize_t i = 0; i < keyword_count; ++i) {
    PyObject* name = asdl_seq_GET(keyword_names, i);
    Py_INCREF(name);
    PyTuple_SET_ITEM(names, i, name);
  }
  Node* arguments = b_.New(NodeKind::kExpressionMatchClassArgs, ref);
  arguments->AddChild(ChildRole::k_instance, Ref(instance, ref));
  arguments->AddChild(ChildRole::k_classes, Ref(cls, ref));
  arguments->set_number(positional_count);
  arguments->set_constant(b_.tree().OwnConstant(names));
  Variable* attributes = Keep("match_attributes", arguments, ref);
  Test(IsNotNone(attributes, ref));
  for (Py_ssize_t i = 0; i < positional_count; ++i) {
    Match(asdl_seq_GET(positional, i), Subject{attributes, static_cast<int>(i)});
  }
  for (Py_ssize_t i = 0; i < keyword_count; ++i) {
    Match(asdl_seq_GET(keyword, i),
          Subject{attributes, static_cast<int>(positional_count + i)});
  }
}

void PatternMatcher::MatchOr(pattern_ty p, Subject subject) {
  SourceReference ref = b_.Ref(p);
  asdl_pattern_seq* patterns = p->v.MatchOr.patterns;
  Variable* value = Materialize(subject, ref);

  std::vector<PatternMatcher> alternatives;
  bool tests_only = true;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(patterns); ++i) {
    alternatives.emplace_back(b_);
    alternatives.back().Match(asdl_seq_GET(patterns, i), Subject{value, -1});
    tests_only = tests_only && alternatives.back().IsTestsOnly();
  }

  if (tests_only) {
    // value == 1 or value == 2; an alternative without tests (only allowed
    // last) matches always.
    std::vector<Node*> choices;
    for (const PatternMatcher& alternative : alternatives) {
      choices.push_back(alternative.steps().empty()
                            ? b_.MakeBool(true, ref)
                            : AllOf(b_, alternative.Conditions()));
    }
    Test(Chain(b_, NodeKind::kExpressionConditionalOr, choices));
    return;
  }

  // Every alternative binds the same names (CPython checks it when
  // compiling); they are stored in the order of the first alternative.
  std::vector<std::string> names;
  std::vector<Variable*> capture_temps;
  for (const Capture& capture : alternatives.front().captures()) {
    std::string name = Utf8(capture.name);
    names.push_back(name);
    Variable* temp = Temp(absl::StrCat("match_", name));
    capture_temps.push_back(temp);
    captures_.push_back({capture.name, Subject{temp, -1}, capture.ref});
  }

  // match_or{ if alternative 1 matches: copy its captures; return True
  //           if alternative 2 matches: ...; return False }
  // An alternative that failed drops its values before the next one runs.
  std::vector<Node*> tries;
  std::vector<Variable*> alternative_temps;
  for (size_t i = 0; i < alternatives.size(); ++i) {
    PatternMatcher& alternative = alternatives[i];
    if (i > 0) {
      for (Variable* temp : alternatives[i - 1].temps_) {
        tries.push_back(b_.MakeRelease(temp, ref));
      }
    }
    std::vector<Node*> success;
    for (const Capture& capture : alternative.captures()) {
      std::string name = Utf8(capture.name);
      size_t at = 0;
      while (at < names.size() && names[at] != name) ++at;
      if (at == names.size()) {
        b_.Fail("alternative patterns bind different names", capture.ref);
        return;
      }
      success.push_back(b_.MakeAssignVariable(
          capture_temps[at], alternative.Read(capture.source, capture.ref),
          capture.ref));
    }
    success.push_back(ReturnBool(b_, true, ref));
    tries.push_back(Nest(b_, alternative.steps_, b_.MakeSequence(success, ref), ref));
    alternative_temps.insert(alternative_temps.end(), alternative.temps_.begin(),
                             alternative.temps_.end());
  }
  Test(MakeOutline(b_, "match_or", b_.MakeSequence(tries, ref),
                   alternative_temps, true, ref));
}

// A case built in source order (pattern, guard, body), put together later.
struct BuiltCase {
  Node* test = nullptr;            // nullptr: the pattern always matches
  std::vector<Node*> bindings;     // for an always-matching pattern
  Node* guard = nullptr;
  Node* body = nullptr;
  SourceReference ref;
};

}  // namespace

Node* BuildMatchStatement(TreeBuilder& b, stmt_ty s) {
  SourceReference ref = b.Ref(s);
  expr_ty subject_expression = s->v.Match.subject;
  Node* subject_value = b.BuildExpression(subject_expression);
  Variable* subject = b.NewTemp("match_subject");
  Node* assign_subject =
      b.MakeAssignVariable(subject, subject_value, b.Ref(subject_expression));

  asdl_match_case_seq* cases = s->v.Match.cases;
  Py_ssize_t count = asdl_seq_LEN(cases);
  std::vector<BuiltCase> built;
  for (Py_ssize_t i = 0; i < count; ++i) {
    match_case_ty match_case = asdl_seq_GET(cases, i);
    BuiltCase& c = built.emplace_back();
    c.ref = b.Ref(match_case->pattern);
    PatternMatcher matcher(b);
    matcher.Match(match_case->pattern, Subject{subject, -1});
    bool last = i == count - 1;
    if (matcher.steps().empty() && (matcher.captures().empty() || last)) {
      // `case _:` or, last, `case name:`: nothing to test, and as nothing
      // follows, the names can be bound right where the case is taken.
      c.bindings = matcher.Bindings();
    } else if (matcher.IsTestsOnly()) {
      c.test = AllOf(b, matcher.Conditions());
    } else {
      std::vector<Node*> success = matcher.Bindings();
      success.push_back(ReturnBool(b, true, c.ref));
      c.test = matcher.Outline("match_case", success, c.ref);
    }
    if (match_case->guard != nullptr) c.guard = b.BuildExpression(match_case->guard);
    c.body = b.BuildStatements(match_case->body, c.ref);
  }

  // if case1: ... elif case2: ... else: ..., built from the last case.
  Node* chain = nullptr;
  for (size_t i = built.size(); i-- > 0;) {
    BuiltCase& c = built[i];
    // The subject is dropped once a case is taken, before its body.
    Node* body = b.MakeSequence({b.MakeRelease(subject, c.ref), c.body}, c.ref);
    if (c.test == nullptr) {
      // Cases after an unguarded irrefutable one are unreachable; CPython
      // rejects them when compiling.
      Node* taken = c.guard != nullptr ? b.MakeConditional(c.guard, body, chain, c.ref)
                                       : body;
      std::vector<Node*> statements = c.bindings;
      statements.push_back(taken);
      chain = b.MakeSequence(statements, c.ref);
      continue;
    }
    Node* condition = c.test;
    if (c.guard != nullptr) condition = AllOf(b, {c.test, c.guard});
    chain = b.MakeConditional(condition, body, chain, c.ref);
  }
  return b.MakeSequence(
      {assign_subject, b.MakeTryFinallyReleases(chain, {subject}, ref)}, ref);
}

}  // namespace nuitka_cc
