#include "nuitka_cc/nodes/dump_xml.h"

#include <Python.h>

#include "absl/strings/str_cat.h"

namespace nuitka_cc {
namespace {

void AppendEscaped(std::string& out, absl::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          absl::StrAppend(&out, "&#", static_cast<int>(c), ";");
        } else {
          out += c;
        }
    }
  }
}

class XmlDumper {
 public:
  explicit XmlDumper(std::ostream* sink) : sink_(sink) {}

  std::string Dump(const ModuleTree& tree) {
    absl::StrAppend(&out_, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    absl::StrAppend(&out_, "<module name=\"");
    AppendEscaped(out_, tree.module_name());
    out_ += "\" filename=\"";
    AppendEscaped(out_, tree.filename());
    out_ += "\">\n";
    if (tree.root() != nullptr) Visit(tree.root(), nullptr, 1);
    out_ += "</module>\n";
    Flush();
    return std::move(out_);
  }

 private:
  void Indent(int depth) { out_.append(depth * 2, ' '); }

  void Attribute(absl::string_view name, absl::string_view value) {
    absl::StrAppend(&out_, " ", name, "=\"");
    AppendEscaped(out_, value);
    out_ += '"';
  }

  void VariableAttributes(const Variable* variable, const Scope* scope) {
    Attribute("variable", variable->name());
    Attribute("variable_kind", VariableKindName(variable->kind()));
    if (variable->owner() != nullptr && variable->owner() != scope) {
      Attribute("owner", OwnerName(variable->owner()));
    }
    if (scope != nullptr) {
      Attribute("reference", ReferenceKindName(scope->ReferenceKindOf(variable)));
    }
  }

  static std::string OwnerName(const Scope* scope) {
    if (scope->kind() == ScopeKind::kModule) return "<module>";
    return scope->qualname();
  }

  void ScopeElement(const Scope* scope, int depth) {
    Indent(depth);
    out_ += "<scope";
    Attribute("kind", ScopeKindName(scope->kind()));
    if (scope->kind() != ScopeKind::kModule) {
      Attribute("name", scope->name());
      Attribute("qualname", scope->qualname());
    }
    if (scope->is_generator) Attribute("generator", "true");
    if (scope->is_coroutine) Attribute("coroutine", "true");
    if (scope->needs_class_cell) Attribute("class_cell", "true");
    out_ += ">\n";
    const ParameterSpec& p = scope->parameters();
    auto parameters = [&](absl::string_view kind, const std::vector<Variable*>& list) {
      for (const Variable* v : list) {
        Indent(depth + 1);
        out_ += "<parameter";
        Attribute("kind", kind);
        Attribute("name", v->name());
        out_ += "/>\n";
      }
    };
    parameters("positional_only", p.positional_only);
    parameters("positional", p.positional);
    if (p.star_list) parameters("star_list", {p.star_list});
    parameters("keyword_only", p.keyword_only);
    if (p.star_dict) parameters("star_dict", {p.star_dict});
    for (const Variable* v : scope->variables()) {
      Indent(depth + 1);
      out_ += "<variable";
      Attribute("name", v->name());
      Attribute("kind", VariableKindName(v->kind()));
      Attribute("reference", ReferenceKindName(scope->ReferenceKindOf(v)));
      out_ += "/>\n";
    }
    for (const Variable* v : scope->closure()) {
      Indent(depth + 1);
      out_ += "<closure";
      Attribute("name", v->name());
      Attribute("owner", OwnerName(v->owner()));
      out_ += "/>\n";
    }
    Indent(depth);
    out_ += "</scope>\n";
  }

  // With a sink, text goes out in chunks instead of piling up.
  void Flush() {
    if (sink_ != nullptr) {
      sink_->write(out_.data(), out_.size());
      out_.clear();
    }
  }

  void Visit(const Node* node, const Scope* scope, int depth) {
    if (sink_ != nullptr && out_.size() > kChunkBytes) Flush();
    if (node->scope() != nullptr && IsScopeBodyKind(node->kind())) {
      scope = node->scope();
    }
    Indent(depth);
    out_ += "<node";
    Attribute("kind", node->kind_name());
    Attribute("line", absl::StrCat(node->source().line));
    Attribute("col", absl::StrCat(node->source().column));
    if (!node->name().empty()) Attribute("name", node->name());
    if (node->variable() != nullptr) VariableAttributes(node->variable(), scope);
    if (node->constant() != nullptr) {
      Attribute("value", ConstantRepr(node->constant()));
      Attribute("type", Py_TYPE(node->constant())->tp_name);
    }
    if (node->op() != Operator::kNone) Attribute("operator", OperatorName(node->op()));
    if (node->number().has_value()) {
      Attribute("number", absl::StrCat(*node->number()));
    }
    for (const auto& [name, value] : node->annotations()) Attribute(name, value);
    bool body_owner = IsScopeBodyKind(node->kind()) && node->scope() != nullptr &&
                      node->scope()->body() == node;
    if (node->children().empty() && node->target() == nullptr && !body_owner) {
      out_ += "/>\n";
      return;
    }
    out_ += ">\n";
    if (body_owner) ScopeElement(node->scope(), depth + 1);
    if (node->target() != nullptr) {
      Indent(depth + 1);
      out_ += "<role name=\"target\">\n";
      Visit(node->target(), scope, depth + 2);
      Indent(depth + 1);
      out_ += "</role>\n";
    }
    const auto& children = node->children();
    for (size_t i = 0; i < children.size();) {
      ChildRole role = children[i].role;
      Indent(depth + 1);
      absl::StrAppend(&out_, "<role name=\"", ChildRoleName(role), "\">\n");
      for (; i < children.size() && children[i].role == role; ++i) {
        Visit(children[i].node, scope, depth + 2);
      }
      Indent(depth + 1);
      out_ += "</role>\n";
    }
    Indent(depth);
    out_ += "</node>\n";
  }

  static constexpr size_t kChunkBytes = 1 << 20;
  std::ostream* sink_;
  std::string out_;
};

}  // namespace

std::string ConstantRepr(PyObject* constant, size_t max_length) {
  std::string text;
  PyObject* repr = PyObject_Repr(constant);
  if (repr != nullptr) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(repr, &size);
    if (data != nullptr) text.assign(data, size);
    Py_DECREF(repr);
  }
  if (PyErr_Occurred()) PyErr_Clear();
  if (max_length > 0 && text.size() > max_length) {
    text.resize(max_length);
    // Do not cut a UTF-8 sequence in half.
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) {
      text.pop_back();
    }
    if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) {
      text.pop_back();
    }
    text += "...";
  }
  return text;
}

std::string DumpTreeXml(const ModuleTree& tree) {
  return XmlDumper(nullptr).Dump(tree);
}

void DumpTreeXml(const ModuleTree& tree, std::ostream& out) {
  XmlDumper(&out).Dump(tree);
}

}  // namespace nuitka_cc
