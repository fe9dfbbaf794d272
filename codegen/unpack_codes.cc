// Starred arguments and displays: calls with *args and **kwargs
// (ExpressionCallComplex) and the list, tuple, set and dict displays with
// starred elements, built element by element as LIST_EXTEND, SET_UPDATE,
// DICT_UPDATE and DICT_MERGE do, with their messages.
#include "absl/strings/str_cat.h"
#include "codegen/codegen_internal.h"

namespace nuitka_cc {
namespace {

CValue NewOwned(EmissionContext& ctx, absl::string_view hint, const std::string& init) {
  std::string result = ctx.NewTemp(hint);
  ctx.Line(absl::StrCat(result, " = ", init, ";"));
  ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

void Status(EmissionContext& ctx, const std::string& call,
            const std::vector<CValue>& release) {
  std::string status = ctx.NewLocal("int", "status", "0");
  ctx.Line(absl::StrCat(status, " = ", call, ";"));
  for (auto it = release.rbegin(); it != release.rend(); ++it) ctx.Release(*it);
  ctx.ErrorCheck(absl::StrCat(status, " < 0"));
}

// A list from the elements of a tuple or list display, starred ones
// extended (`called` names the function for the messages of calls).
CValue BuildList(EmissionContext& ctx, const Node* display, const Node* position) {
  CValue list = NewOwned(ctx, "tmp_list", "PyList_New(0)");
  for (const Node* element : display->ChildrenIn(ChildRole::k_elements)) {
    if (element->kind() == NodeKind::kExpressionStarredElement) {
      CValue value = GenerateExpression(ctx, element->Child(ChildRole::k_value));
      ctx.SetPosition(position, {"LIST_EXTEND"});
      Status(ctx, absl::StrCat("NuitkaCC_ListExtendStarred(", list.expr, ", ", value.expr, ")"),
             {value});
    } else {
      CValue value = GenerateExpression(ctx, element);
      Status(ctx, absl::StrCat("PyList_Append(", list.expr, ", ", value.expr, ")"), {value});
    }
  }
  return list;
}

CValue ToTuple(EmissionContext& ctx, const CValue& list) {
  std::string result = ctx.NewTemp("tmp_tuple");
  ctx.Line(absl::StrCat(result, " = PyList_AsTuple(", list.expr, ");"));
  ctx.Release(list);
  ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

// The keyword dict of a call; pairs and ** mappings merged in order with
// the checks against repeated keywords.
CValue BuildCallKeywords(EmissionContext& ctx, const CValue& called, const Node* display,
                         const Node* position) {
  CValue dict = NewOwned(ctx, "tmp_kwargs", "PyDict_New()");
  for (const Node* element : display->ChildrenIn(ChildRole::k_elements)) {
    if (element->kind() == NodeKind::kExpressionDictUnpackElement) {
      CValue value = GenerateExpression(ctx, element->Child(ChildRole::k_value));
      ctx.SetPosition(position, {"DICT_MERGE"});
      Status(ctx, absl::StrCat("NuitkaCC_DictMergeForCall(", called.expr, ", ", dict.expr,
                               ", ", value.expr, ")"),
             {value});
    } else if (element->kind() == NodeKind::kExpressionKeyValuePair) {
      std::vector<CValue> pair = GenerateOperands(
          ctx, {element->Child(ChildRole::k_key), element->Child(ChildRole::k_value)});
      ctx.SetPosition(position, {"DICT_MERGE"});
      Status(ctx, absl::StrCat("NuitkaCC_DictAddKeywordForCall(", called.expr, ", ",
                               dict.expr, ", ", pair[0].expr, ", ", pair[1].expr, ")"),
             pair);
    } else {
      ctx.Unsupported(element, absl::StrCat("UNSUPPORTED_NODE ", element->kind_name(), " ",
                                            NodeLine(element)));
    }
  }
  return dict;
}

}  // namespace

CValue GenerateCallComplex(EmissionContext& ctx, const Node* node) {
  CValue called = GenerateExpression(ctx, node->Child(ChildRole::k_called));
  // Arguments and keywords may rebind variables: keep the callable.
  called = ctx.Owned(called);
  const Node* args = node->Child(ChildRole::k_args);
  const Node* kwargs = node->Child(ChildRole::k_kwargs);
  CValue args_value{"NULL", false};
  if (args != nullptr) {
    std::vector<Node*> elements = args->ChildrenIn(ChildRole::k_elements);
    if (args->kind() == NodeKind::kExpressionMakeTupleUnpack && elements.size() == 1 &&
        elements[0]->kind() == NodeKind::kExpressionStarredElement) {
      CValue value = GenerateExpression(ctx, elements[0]->Child(ChildRole::k_value));
      ctx.SetPosition(node, {"CALL_FUNCTION_EX"});
      std::string result = ctx.NewTemp("tmp_args");
      ctx.Line(absl::StrCat(result, " = NuitkaCC_StarArgsTuple(", called.expr, ", ",
                            value.expr, ");"));
      ctx.Release(value);
      ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
      args_value = {result, true};
      ctx.Track(args_value);
    } else if (args->kind() == NodeKind::kExpressionMakeTupleUnpack) {
      args_value = ToTuple(ctx, BuildList(ctx, args, node));
    } else {
      args_value = GenerateExpression(ctx, args);
    }
  }
  CValue kwargs_value{"NULL", false};
  if (kwargs != nullptr) {
    if (kwargs->kind() == NodeKind::kExpressionMakeDictUnpack ||
        kwargs->kind() == NodeKind::kExpressionMakeDict) {
      kwargs_value = BuildCallKeywords(ctx, called, kwargs, node);
    } else {
      kwargs_value = GenerateExpression(ctx, kwargs);
    }
  }
  ctx.SetPosition(node, {"CALL_FUNCTION_EX"});
  std::string result = ctx.NewTemp("tmp_call_result");
  ctx.Line(absl::StrCat(result, " = NuitkaCC_CallTupleDict(", called.expr, ", ",
                        args_value.expr, ", ", kwargs_value.expr, ");"));
  ctx.Release(kwargs_value);
  ctx.Release(args_value);
  ctx.Release(called);
  ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

CValue GenerateUnpackDisplay(EmissionContext& ctx, const Node* node) {
  switch (node->kind()) {
    case NodeKind::kExpressionMakeListUnpack:
      return BuildList(ctx, node, node);
    case NodeKind::kExpressionMakeTupleUnpack:
      return ToTuple(ctx, BuildList(ctx, node, node));
    case NodeKind::kExpressionMakeSetUnpack: {
      CValue set = NewOwned(ctx, "tmp_set", "PySet_New(NULL)");
      for (const Node* element : node->ChildrenIn(ChildRole::k_elements)) {
        bool starred = element->kind() == NodeKind::kExpressionStarredElement;
        CValue value = GenerateExpression(
            ctx, starred ? element->Child(ChildRole::k_value) : element);
        ctx.SetPosition(node, {starred ? "SET_UPDATE" : "BUILD_SET"});
        Status(ctx,
               absl::StrCat(starred ? "_PySet_Update(" : "PySet_Add(", set.expr, ", ",
                            value.expr, ")"),
               {value});
      }
      return set;
    }
    default: {
      // The keywords of a class statement merge as __build_class__'s call
      // keywords: a repeated name is an error.
      if (node->name() == "__build_class__") {
        CValue called{"NuitkaCC_BuiltinBuildClass(frame->f_builtins)", false};
        return BuildCallKeywords(ctx, called, node, node);
      }
      CValue dict = NewOwned(ctx, "tmp_dict", "PyDict_New()");
      for (const Node* element : node->ChildrenIn(ChildRole::k_elements)) {
        if (element->kind() == NodeKind::kExpressionDictUnpackElement) {
          CValue value = GenerateExpression(ctx, element->Child(ChildRole::k_value));
          ctx.SetPosition(node, {"DICT_UPDATE"});
          Status(ctx, absl::StrCat("NuitkaCC_DictUpdateForDisplay(", dict.expr, ", ",
                                   value.expr, ")"),
                 {value});
        } else if (element->kind() == NodeKind::kExpressionKeyValuePair) {
          std::vector<CValue> pair = GenerateOperands(
              ctx, {element->Child(ChildRole::k_key), element->Child(ChildRole::k_value)});
          ctx.SetPosition(node, {"BUILD_MAP", "MAP_ADD"});
          Status(ctx, absl::StrCat("PyDict_SetItem(", dict.expr, ", ", pair[0].expr, ", ",
                                   pair[1].expr, ")"),
                 pair);
        } else {
          ctx.Unsupported(element, absl::StrCat("UNSUPPORTED_NODE ", element->kind_name(),
                                                " ", NodeLine(element)));
        }
      }
      return dict;
    }
  }
}

}  // namespace nuitka_cc
