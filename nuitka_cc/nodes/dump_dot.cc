#include "nuitka_cc/nodes/dump_dot.h"

#include <Python.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <string>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/base/const_init.h"
#include "absl/cleanup/cleanup.h"
#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "nuitka_cc/nodes/node_kind.h"
#include "nuitka_cc/nodes/variable.h"

namespace nuitka_cc {
namespace {

// Reprs longer than this many characters (code points) are cut and end in
// "...": big constants would otherwise make boxes wider than the page.
constexpr int kMaxReprChars = 40;

// The text of a DOT quoted string showing `text` literally. Besides quotes
// and backslashes, control characters become visible escapes, so that only
// the separators this file inserts break label lines.
std::string EscapeDot(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        // Graphviz turns "\\" back into one backslash when it draws a label.
        out += "\\\\";
        break;
      case '\n':
        out += "\\\\n";
        break;
      case '\r':
        out += "\\\\r";
        break;
      case '\t':
        out += "\\\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          absl::StrAppendFormat(&out, "\\\\x%02x",
                                static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  return out;
}

// Keeps the first kMaxReprChars code points of UTF-8 `text`, never splitting
// a multi-byte character.
std::string Truncate(std::string text) {
  int chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    bool starts_char = (static_cast<unsigned char>(text[i]) & 0xc0) != 0x80;
    if (starts_char && chars++ == kMaxReprChars) {
      text.resize(i);
      text += "...";
      break;
    }
  }
  return text;
}

std::string ConstantRepr(PyObject* constant) {
  // Dumps are for debugging: a missing interpreter should not crash them.
  if (!Py_IsInitialized()) return "<no interpreter>";
  PyGILState_STATE gil = PyGILState_Ensure();
  std::string text;
  PyObject* repr = PyObject_Repr(constant);
  Py_ssize_t size = 0;
  const char* data =
      repr != nullptr ? PyUnicode_AsUTF8AndSize(repr, &size) : nullptr;
  if (data != nullptr) {
    text.assign(data, size);
  } else {
    PyErr_Clear();
    text = "<repr failed>";
  }
  Py_XDECREF(repr);
  PyGILState_Release(gil);
  return Truncate(std::move(text));
}

// The word a cluster's label starts with: what kind of code the body runs.
absl::string_view BodyWord(const Node& body, const Scope* scope) {
  switch (body.kind()) {
    case NodeKind::kCompiledPythonModule:
      return "module";
    case NodeKind::kExpressionGeneratorObjectBody:
      return "generator";
    case NodeKind::kExpressionCoroutineObjectBody:
      return "coroutine";
    case NodeKind::kExpressionAsyncgenObjectBody:
      return "asyncgen";
    case NodeKind::kExpressionClassBody:
      return "class";
    default:
      return scope != nullptr ? ScopeKindName(scope->kind()) : body.kind_name();
  }
}

class DotWriter {
 public:
  explicit DotWriter(const ModuleTree& tree) : tree_(tree) {}

  std::string Write() {
    if (tree_.root() != nullptr) Walk(tree_.root());
    std::string out =
        absl::StrCat("digraph \"", EscapeDot(tree_.module_name()), "\" {\n");
    out += "  node [shape=box, fontsize=10];\n";
    out += "  edge [fontsize=9];\n";
    for (size_t i = 0; i < clusters_.size(); ++i) {
      if (clusters_[i].parent < 0) WriteCluster(static_cast<int>(i), 1, out);
    }
    for (const std::string& edge : edges_) absl::StrAppend(&out, "  ", edge);
    out += "}\n";
    return out;
  }

 private:
  struct Cluster {
    int parent;  // -1 at the top level
    std::string label;
    std::vector<std::string> node_lines;
    std::vector<int> children;
  };

  // A node waiting to be drawn, with what it inherits from the node that
  // reached it.
  struct Pending {
    const Node* node;
    int parent_id;  // -1 for the root
    absl::string_view edge_label;
    bool dashed;
    const Scope* scope;
    int cluster;  // -1 for the root
  };

  // Preorder walk with an explicit stack: trees of long expression chains
  // are deep enough to make recursion a risk.
  void Walk(const Node* root) {
    std::vector<Pending> stack;
    stack.push_back({root, -1, "", false, nullptr, -1});
    while (!stack.empty()) {
      Pending item = stack.back();
      stack.pop_back();
      auto [it, inserted] = ids_.try_emplace(item.node, next_id_);
      int id = it->second;
      if (item.parent_id >= 0) {
        edges_.push_back(absl::StrFormat(
            "n%d -> n%d [label=\"%s\"%s];\n", item.parent_id, id,
            EscapeDot(item.edge_label), item.dashed ? ", style=dashed" : ""));
      }
      // A body several references reach, or a shared subtree, is drawn once.
      if (!inserted) continue;
      ++next_id_;

      const Node& node = *item.node;
      const Scope* scope = item.scope;
      int cluster = item.cluster;
      if (IsScopeBodyKind(node.kind()) || cluster < 0) {
        if (node.scope() != nullptr) scope = node.scope();
        cluster = NewCluster(item.cluster, ClusterLabel(node, scope));
      }
      clusters_[cluster].node_lines.push_back(
          absl::StrFormat("n%d [label=\"%s\"];\n", id, NodeLabel(node, scope)));

      // Pushed in reverse so that children pop in order, then the target.
      if (node.target() != nullptr) {
        stack.push_back({node.target(), id, "target", true, scope, cluster});
      }
      const auto& children = node.children();
      for (auto child = children.rbegin(); child != children.rend(); ++child) {
        if (child->node == nullptr) continue;
        stack.push_back({child->node, id, ChildRoleName(child->role), false,
                         scope, cluster});
      }
    }
  }

  int NewCluster(int parent, std::string label) {
    int index = static_cast<int>(clusters_.size());
    clusters_.push_back({parent, std::move(label), {}, {}});
    if (parent >= 0) clusters_[parent].children.push_back(index);
    return index;
  }

  std::string ClusterLabel(const Node& body, const Scope* scope) const {
    absl::string_view word = BodyWord(body, scope);
    if (body.kind() == NodeKind::kCompiledPythonModule) {
      return absl::StrCat(word, " ", tree_.module_name());
    }
    if (scope == nullptr) return std::string(word);
    return absl::StrCat(word, " ", scope->qualname());
  }

  // One line per fact; the lines are joined with DOT's centered line break.
  static std::string NodeLabel(const Node& node, const Scope* scope) {
    std::vector<std::string> lines;
    lines.push_back(EscapeDot(node.kind_name()));
    lines.push_back(absl::StrCat("line ", node.source().line));
    if (const Variable* variable = node.variable()) {
      absl::string_view how =
          scope != nullptr ? ReferenceKindName(scope->ReferenceKindOf(variable))
                           : VariableKindName(variable->kind());
      lines.push_back(absl::StrCat("variable: ", EscapeDot(variable->name()),
                                   " (", how, ")"));
    }
    if (!node.name().empty()) {
      lines.push_back(absl::StrCat("name: ", EscapeDot(node.name())));
    }
    if (node.constant() != nullptr) {
      lines.push_back(
          absl::StrCat("constant: ", EscapeDot(ConstantRepr(node.constant()))));
    }
    if (node.op() != Operator::kNone) {
      lines.push_back(
          absl::StrCat("op: ", EscapeDot(OperatorSymbol(node.op()))));
    }
    if (node.number().has_value()) {
      lines.push_back(absl::StrCat("number: ", *node.number()));
    }
    return absl::StrJoin(lines, "\\n");
  }

  void WriteCluster(int index, int depth, std::string& out) const {
    const Cluster& cluster = clusters_[index];
    std::string indent(2 * depth, ' ');
    absl::StrAppend(&out, indent, "subgraph cluster_", index, " {\n");
    absl::StrAppend(&out, indent, "  label=\"", EscapeDot(cluster.label),
                    "\";\n");
    for (const std::string& line : cluster.node_lines) {
      absl::StrAppend(&out, indent, "  ", line);
    }
    for (int child : cluster.children) WriteCluster(child, depth + 1, out);
    absl::StrAppend(&out, indent, "}\n");
  }

  const ModuleTree& tree_;
  absl::flat_hash_map<const Node*, int> ids_;
  int next_id_ = 0;
  std::vector<Cluster> clusters_;
  std::vector<std::string> edges_;
};

// Graphviz keeps global state (the error hook, the lexer), so renders take
// this lock; the globals below are only touched while it is held.
ABSL_CONST_INIT absl::Mutex graphviz_mutex(absl::kConstInit);
std::string* graphviz_messages ABSL_GUARDED_BY(graphviz_mutex) = nullptr;
IDTYPE next_anonymous_id ABSL_GUARDED_BY(graphviz_mutex) = 1;

int CollectGraphvizMessage(char* message) {
  if (graphviz_messages != nullptr && message != nullptr) {
    graphviz_messages->append(message);
  }
  return 0;
}

// cgraph's default id discipline uses the address of a name's interned
// string as the object id, and keeps subgraphs ordered by id: clusters would
// come out (and be laid out) in a different order from run to run. Refusing
// to map names makes cgraph keep its own name table and give every object an
// anonymous id, here numbered in creation order, so DOT order decides.
long MapNameToId(void* /*state*/, int /*objtype*/, char* name, IDTYPE* id,
                 int /*createflag*/) {
  if (name != nullptr) return 0;
  // Odd, as cgraph's own anonymous ids: its default print, kept in our
  // discipline, takes an even id for the address of a name.
  *id = next_anonymous_id;
  next_anonymous_id += 2;
  return 1;
}

// The DOT text being read, handed to cgraph a line at a time as its own
// readers do.
struct DotSource {
  absl::string_view text;
  size_t position;
};

int ReadDotSource(void* channel, char* buffer, int size) {
  auto* source = static_cast<DotSource*>(channel);
  absl::string_view text = source->text;
  int count = 0;
  while (count < size && source->position < text.size()) {
    char c = text[source->position++];
    buffer[count++] = c;
    if (c == '\n') break;
  }
  return count;
}

// The graph keeps pointers to its disciplines until it is closed, hence
// static storage. Filled in on first use from cgraph's defaults.
Agiddisc_t id_discipline;
Agiodisc_t io_discipline;
Agdisc_t discipline;

Agraph_t* ReadDot(const std::string& dot) {
  if (discipline.id == nullptr) {
    id_discipline = AgIdDisc;
    id_discipline.map = MapNameToId;
    io_discipline = AgIoDisc;
    io_discipline.afread = ReadDotSource;
    discipline.mem = &AgMemDisc;
    discipline.id = &id_discipline;
    discipline.io = &io_discipline;
  }
  static char source_name[] = "DOT source";
  agsetfile(source_name);  // also restarts line numbers for messages
  next_anonymous_id = 1;
  agreseterrors();  // the error level is sticky across reads
  DotSource source{dot, 0};
  Agraph_t* graph = agread(&source, &discipline);
  if (graph == nullptr) return nullptr;
  // cgraph's lexer stops at the graph's closing brace and keeps what it had
  // read past it for whatever is read next, even from another text. Reading
  // on to the end leaves nothing over and catches a second graph.
  if (Agraph_t* extra = agread(&source, &discipline)) {
    agclose(extra);
    agclose(graph);
    agerr(AGERR, "more than one graph\n");
    return nullptr;
  }
  // The trailing read fails silently at the end of the text, and with a
  // message on anything that is not a graph.
  if (agerrors() >= AGERR) {
    agclose(graph);
    return nullptr;
  }
  return graph;
}

}  // namespace

std::string DumpTreeDot(const ModuleTree& tree) {
  return DotWriter(tree).Write();
}

absl::StatusOr<std::string> RenderDotToSvg(const std::string& dot) {
  absl::MutexLock lock(&graphviz_mutex);
  std::string messages;
  graphviz_messages = &messages;
  agusererrf previous_hook = agseterrf(CollectGraphvizMessage);
  absl::Cleanup restore_hook = [&] {
    agseterrf(previous_hook);
    graphviz_messages = nullptr;
  };
  auto with_messages = [&messages](std::string text) {
    if (!messages.empty()) absl::StrAppend(&text, ": ", messages);
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
  };

  GVC_t* context = gvContext();
  if (context == nullptr) {
    return absl::InternalError("cannot create a Graphviz context");
  }
  absl::Cleanup free_context = [context] { gvFreeContext(context); };

  Agraph_t* graph = ReadDot(dot);
  if (graph == nullptr) {
    if (messages.empty()) messages = "no graph in it";
    return absl::InvalidArgumentError(
        with_messages("Graphviz cannot read the DOT source"));
  }
  absl::Cleanup close_graph = [graph] { agclose(graph); };

  int node_count = agnnodes(graph);
  if (node_count > kMaxSvgRenderNodes) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "the tree is too large to render as SVG (", node_count,
        " nodes, limit ", kMaxSvgRenderNodes, "); use --dump-tree=dot"));
  }

  if (gvLayout(context, graph, "dot") != 0) {
    return absl::InternalError(with_messages("Graphviz layout failed"));
  }
  absl::Cleanup free_layout = [context, graph] {
    gvFreeLayout(context, graph);
  };

  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(context, graph, "svg", &data, &length) != 0 ||
      data == nullptr) {
    if (data != nullptr) gvFreeRenderData(data);
    return absl::InternalError(with_messages("Graphviz SVG rendering failed"));
  }
  std::string svg(data, length);
  gvFreeRenderData(data);
  return svg;
}

}  // namespace nuitka_cc
