// The compile-stage walk over `match` statements: unreachable cases, names
// captured twice or differently by alternatives, repeated class pattern
// attributes, and mapping keys (after constant folding, `-1` and `1 + 2j`
// are constants like any other literal).
#include <climits>

#include "nuitka_cc/tree/compile_stage_walker.h"

namespace nuitka_cc {
namespace compile_stage {
namespace {

bool IsWildcard(pattern_ty p) {
  return p->kind == MatchAs_kind && p->v.MatchAs.pattern == nullptr &&
         p->v.MatchAs.name == nullptr;
}

bool IsStarWildcard(pattern_ty p) {
  return p->kind == MatchStar_kind && p->v.MatchStar.name == nullptr;
}

// Identifiers compare by value. Returns -1 with an error set.
int ContainsName(const std::vector<PyObject*>& names, PyObject* name) {
  for (PyObject* candidate : names) {
    int equal = PyObject_RichCompareBool(candidate, name, Py_EQ);
    if (equal != 0) return equal;
  }
  return 0;
}

}  // namespace

// The subject, then each case: pattern, guard, body. A trailing `case _:`
// (when it is not the only case) is not compiled as a pattern at all. A
// pattern that matches anything must be guarded or come last.
bool CompileStageWalker::VisitMatch(stmt_ty s) {
  if (!VisitExpression(s->v.Match.subject)) return false;
  Py_ssize_t cases = asdl_seq_LEN(s->v.Match.cases);
  match_case_ty last = asdl_seq_GET(s->v.Match.cases, cases - 1);
  bool has_default = IsWildcard(last->pattern) && cases > 1;
  for (Py_ssize_t i = 0; i < cases - (has_default ? 1 : 0); ++i) {
    match_case_ty m = asdl_seq_GET(s->v.Match.cases, i);
    SetLocation(LocationOf(m->pattern));
    PatternContext context;
    context.allow_irrefutable = m->guard != nullptr || i == cases - 1;
    if (!VisitPattern(m->pattern, context)) return false;
    if (m->guard != nullptr && !VisitCondition(m->guard)) return false;
    if (!VisitStatements(m->body)) return false;
    SetLocation(LocationOf(m->pattern));
  }
  if (has_default) {
    SetLocation(LocationOf(last->pattern));
    if (last->guard != nullptr && !VisitCondition(last->guard)) return false;
    if (!VisitStatements(last->body)) return false;
    UnsetLocation();
  }
  return true;
}

// Each pattern takes the location and keeps it: errors found after its
// sub-patterns were compiled point at the last of them.
bool CompileStageWalker::VisitPattern(pattern_ty p, PatternContext& context) {
  SetLocation(LocationOf(p));
  switch (p->kind) {
    case MatchValue_kind: {
      expr_ty value = p->v.MatchValue.value;
      if (value->kind != Constant_kind && value->kind != Attribute_kind) {
        return Error("patterns may only match literals and attribute lookups");
      }
      return VisitExpression(value);
    }
    case MatchSingleton_kind:
      return true;
    case MatchSequence_kind:
      return VisitSequencePattern(p, context);
    case MatchMapping_kind:
      return VisitMappingPattern(p, context);
    case MatchClass_kind:
      return VisitClassPattern(p, context);
    case MatchStar_kind:
      return StoreCapture(p->v.MatchStar.name, context);
    case MatchAs_kind:
      return VisitCapturePattern(p, context);
    case MatchOr_kind:
      return VisitOrPattern(p, context);
  }
  return true;
}

// Nested patterns may match anything; only the top level of a case (and
// the last alternative of a top-level `|`) is checked for that.
bool CompileStageWalker::VisitSubpattern(pattern_ty p,
                                         PatternContext& context) {
  bool allow_irrefutable = context.allow_irrefutable;
  context.allow_irrefutable = true;
  if (!VisitPattern(p, context)) return false;
  context.allow_irrefutable = allow_irrefutable;
  return true;
}

// `[a, *rest]`: at most one starred name. CPython compiles three shapes:
// only wildcards (nothing to compile), a `*_` (each non-wildcard element
// by index) and otherwise unpacking, where at most 255 elements may
// precede the star.
bool CompileStageWalker::VisitSequencePattern(pattern_ty p,
                                              PatternContext& context) {
  asdl_pattern_seq* patterns = p->v.MatchSequence.patterns;
  Py_ssize_t size = asdl_seq_LEN(patterns);
  Py_ssize_t star = -1;
  bool only_wildcard = true;
  bool star_wildcard = false;
  for (Py_ssize_t i = 0; i < size; ++i) {
    pattern_ty element = asdl_seq_GET(patterns, i);
    if (element->kind == MatchStar_kind) {
      if (star >= 0) return Error("multiple starred names in sequence pattern");
      star_wildcard = IsStarWildcard(element);
      only_wildcard = only_wildcard && star_wildcard;
      star = i;
      continue;
    }
    only_wildcard = only_wildcard && IsWildcard(element);
  }
  if (only_wildcard) return true;
  if (star_wildcard) {
    for (Py_ssize_t i = 0; i < size; ++i) {
      pattern_ty element = asdl_seq_GET(patterns, i);
      if (IsWildcard(element) || i == star) continue;
      if (!VisitSubpattern(element, context)) return false;
    }
    return true;
  }
  if (star >= (1 << 8) || (star >= 0 && size - star - 1 >= (INT_MAX >> 8))) {
    return Error("too many expressions in star-unpacking sequence pattern");
  }
  for (Py_ssize_t i = 0; i < size; ++i) {
    if (!VisitSubpattern(asdl_seq_GET(patterns, i), context)) return false;
  }
  return true;
}

// Keys are checked before any value pattern: constants may not repeat
// (by equality, so `1` and `1.0` clash) and anything else must be an
// attribute lookup. `**rest` is captured last.
bool CompileStageWalker::VisitMappingPattern(pattern_ty p,
                                             PatternContext& context) {
  asdl_expr_seq* keys = p->v.MatchMapping.keys;
  asdl_pattern_seq* patterns = p->v.MatchMapping.patterns;
  PyObject* rest = p->v.MatchMapping.rest;
  Py_ssize_t size = asdl_seq_LEN(keys);
  if (size == 0 && rest == nullptr) return true;
  PyObject* seen = PySet_New(nullptr);
  if (seen == nullptr) return false;
  for (Py_ssize_t i = 0; i < size; ++i) {
    expr_ty key = asdl_seq_GET(keys, i);
    if (key->kind == Constant_kind) {
      PyObject* constant = key->v.Constant.value;
      int repeated = PySet_Contains(seen, constant);
      if (repeated != 0) {
        Py_DECREF(seen);
        if (repeated < 0) return false;
        return ErrorObject(PyUnicode_FromFormat(
            "mapping pattern checks duplicate key (%R)", constant));
      }
      if (PySet_Add(seen, constant) < 0) {
        Py_DECREF(seen);
        return false;
      }
    } else if (key->kind != Attribute_kind) {
      Py_DECREF(seen);
      return Error(
          "mapping pattern keys may only match literals and attribute lookups");
    }
    if (!VisitExpression(key)) {
      Py_DECREF(seen);
      return false;
    }
  }
  Py_DECREF(seen);
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(patterns); ++i) {
    if (!VisitSubpattern(asdl_seq_GET(patterns, i), context)) return false;
  }
  return StoreCapture(rest, context);
}

// `C(a, b=x)`: keyword attribute names are checked first, each at its own
// pattern, then the class expression and the non-wildcard sub-patterns.
bool CompileStageWalker::VisitClassPattern(pattern_ty p,
                                           PatternContext& context) {
  asdl_pattern_seq* patterns = p->v.MatchClass.patterns;
  asdl_identifier_seq* attributes = p->v.MatchClass.kwd_attrs;
  asdl_pattern_seq* keyword_patterns = p->v.MatchClass.kwd_patterns;
  Py_ssize_t attribute_count = asdl_seq_LEN(attributes);
  for (Py_ssize_t i = 0; i < attribute_count; ++i) {
    PyObject* attribute = asdl_seq_GET(attributes, i);
    SetLocation(LocationOf(asdl_seq_GET(keyword_patterns, i)));
    if (!ForbiddenName(attribute, Store)) return false;
    for (Py_ssize_t j = i + 1; j < attribute_count; ++j) {
      int compared = PyUnicode_Compare(attribute, asdl_seq_GET(attributes, j));
      if (compared == -1 && PyErr_Occurred()) return false;
      if (compared == 0) {
        SetLocation(LocationOf(asdl_seq_GET(keyword_patterns, j)));
        return ErrorObject(PyUnicode_FromFormat(
            "attribute name repeated in class pattern: %U", attribute));
      }
    }
  }
  if (attribute_count > 0) SetLocation(LocationOf(p));
  if (!VisitExpression(p->v.MatchClass.cls)) return false;
  auto visit_all = [&](asdl_pattern_seq* sequence) {
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(sequence); ++i) {
      pattern_ty element = asdl_seq_GET(sequence, i);
      if (IsWildcard(element)) continue;
      if (!VisitSubpattern(element, context)) return false;
    }
    return true;
  };
  return visit_all(patterns) && visit_all(keyword_patterns);
}

// `name` or `_` alone matches anything; `pattern as name` compiles the
// pattern under the same rule about matching anything.
bool CompileStageWalker::VisitCapturePattern(pattern_ty p,
                                             PatternContext& context) {
  PyObject* name = p->v.MatchAs.name;
  if (p->v.MatchAs.pattern == nullptr) {
    if (!context.allow_irrefutable) {
      if (name != nullptr) {
        return ErrorObject(PyUnicode_FromFormat(
            "name capture %R makes remaining patterns unreachable", name));
      }
      return Error("wildcard makes remaining patterns unreachable");
    }
    return StoreCapture(name, context);
  }
  if (!VisitPattern(p->v.MatchAs.pattern, context)) return false;
  return StoreCapture(name, context);
}

// Every alternative must bind the same set of names as the first; only the
// last one may match anything (if the `|` itself may). The names join the
// enclosing pattern's captures at the end.
bool CompileStageWalker::VisitOrPattern(pattern_ty p, PatternContext& context) {
  asdl_pattern_seq* alternatives = p->v.MatchOr.patterns;
  Py_ssize_t size = asdl_seq_LEN(alternatives);
  std::vector<PyObject*> control;
  for (Py_ssize_t i = 0; i < size; ++i) {
    pattern_ty alternative = asdl_seq_GET(alternatives, i);
    SetLocation(LocationOf(alternative));
    PatternContext inner;
    inner.allow_irrefutable = i == size - 1 && context.allow_irrefutable;
    if (!VisitPattern(alternative, inner)) return false;
    if (i == 0) {
      control = inner.stores;
      continue;
    }
    if (inner.stores.size() != control.size()) {
      return Error("alternative patterns bind different names");
    }
    for (PyObject* name : control) {
      int found = ContainsName(inner.stores, name);
      if (found < 0) return false;
      if (found == 0) return Error("alternative patterns bind different names");
    }
  }
  for (PyObject* name : control) {
    int repeated = ContainsName(context.stores, name);
    if (repeated < 0) return false;
    if (repeated > 0) {
      return ErrorObject(PyUnicode_FromFormat(
          "multiple assignments to name %R in pattern", name));
    }
    context.stores.push_back(name);
  }
  return true;
}

bool CompileStageWalker::StoreCapture(PyObject* name, PatternContext& context) {
  if (name == nullptr) return true;
  if (!ForbiddenName(name, Store)) return false;
  int repeated = ContainsName(context.stores, name);
  if (repeated < 0) return false;
  if (repeated > 0) {
    return ErrorObject(PyUnicode_FromFormat(
        "multiple assignments to name %R in pattern", name));
  }
  context.stores.push_back(name);
  return true;
}

}  // namespace compile_stage
}  // namespace nuitka_cc
