#include "codegen/code_objects.h"

#include <Python.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "nuitka_cc/base/embedded_python.h"

namespace nuitka_cc {
namespace {

// Runs in the embedded interpreter: compiles the source as CPython runs a
// script and describes every code object, module first, depth first.
constexpr const char kDescribeCode[] = R"PY(
def describe(source, path):
    import dis, warnings
    # The compiler's warnings are kept for the program to issue them when it
    # starts, as python3.11 does each time it compiles the script.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        module = compile(source, path, 'exec', dont_inherit=True)
    issued = [(w.category.__name__, str(w.message), w.lineno) for w in caught]
    result = []
    def walk(code):
        instructions = []
        for ins in dis.get_instructions(code):
            if ins.opname == 'EXTENDED_ARG':
                continue
            p = ins.positions
            instructions.append((
                ins.offset // 2, ins.opname,
                p.lineno or 0, p.end_lineno or 0,
                -1 if p.col_offset is None else p.col_offset,
                -1 if p.end_col_offset is None else p.end_col_offset))
        result.append((code, code.co_qualname, code.co_firstlineno,
                       code.co_flags, code.co_argcount,
                       code.co_posonlyargcount, code.co_kwonlyargcount,
                       len(code.co_freevars), instructions))
        for const in code.co_consts:
            if isinstance(const, type(code)):
                walk(const)
    walk(module)
    return result, issued
)PY";

std::string PythonErrorText() {
  std::string text = EmbeddedPython::FormatCurrentException();
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

// Fills the localsplus layout from the code object's fields.
void ReadLocalsplus(PyObject* code_object, CodeObjectInfo& info) {
  auto* code = reinterpret_cast<PyCodeObject*>(code_object);
  PyObject* names = code->co_localsplusnames;
  PyObject* kinds = code->co_localspluskinds;
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(names); ++i) {
    Py_ssize_t size = 0;
    const char* name = PyUnicode_AsUTF8AndSize(PyTuple_GET_ITEM(names, i), &size);
    info.localsplus_names.emplace_back(name != nullptr ? name : "", size);
    info.localsplus_kinds.push_back(
        static_cast<uint8_t>(PyBytes_AS_STRING(kinds)[i]));
  }
}

bool Contains(const InstructionPosition& outer, const SourceReference& inner) {
  if (outer.line == 0 || outer.column < 0) return false;
  auto before_or_at = [](int line_a, int col_a, int line_b, int col_b) {
    return line_a < line_b || (line_a == line_b && col_a <= col_b);
  };
  return before_or_at(outer.line, outer.column, inner.line, inner.column) &&
         before_or_at(inner.end_line, inner.end_column, outer.end_line,
                      outer.end_column);
}

// Larger ranges compare greater.
int64_t Span(const InstructionPosition& p) {
  return (static_cast<int64_t>(p.end_line - p.line) << 32) +
         (p.end_column - p.column);
}

}  // namespace

int CodeObjectInfo::LocalIndex(const std::string& name) const {
  for (size_t i = 0; i < localsplus_names.size(); ++i) {
    if (localsplus_names[i] == name) return static_cast<int>(i);
  }
  return -1;
}

int CodeObjectInfo::InstructionFor(
    const SourceReference& ref, std::initializer_list<const char*> preferred) const {
  auto is_preferred = [&](const InstructionPosition& p) {
    for (const char* name : preferred) {
      if (p.opname == name) return true;
    }
    return false;
  };
  const InstructionPosition* exact = nullptr;
  const InstructionPosition* containing = nullptr;
  for (const InstructionPosition& p : instructions) {
    if (p.line == ref.line && p.end_line == ref.end_line &&
        p.column == ref.column && p.end_column == ref.end_column) {
      if (is_preferred(p)) return p.index;
      if (exact == nullptr) exact = &p;
    } else if (is_preferred(p) && Contains(p, ref)) {
      if (containing == nullptr || Span(p) < Span(*containing)) containing = &p;
    }
  }
  if (exact != nullptr) return exact->index;
  if (containing != nullptr) return containing->index;
  auto line = first_of_line.find(ref.line);
  return line != first_of_line.end() ? line->second : -1;
}

int CodeObjectInfo::PreferredInstructionFor(
    const SourceReference& ref, std::initializer_list<const char*> preferred) const {
  const InstructionPosition* containing = nullptr;
  for (const InstructionPosition& p : instructions) {
    bool is_preferred = false;
    for (const char* name : preferred) is_preferred = is_preferred || p.opname == name;
    if (!is_preferred || !Contains(p, ref)) continue;
    if (containing == nullptr || Span(p) < Span(*containing)) containing = &p;
  }
  if (containing != nullptr) return containing->index;
  // A statement's store: the instruction of the target within it
  // (`t[0] += 1` stores with the range of `t[0]`).
  for (const InstructionPosition& p : instructions) {
    bool is_preferred = false;
    for (const char* name : preferred) is_preferred = is_preferred || p.opname == name;
    if (is_preferred && p.line == ref.line && p.end_line <= ref.end_line &&
        p.column >= ref.column &&
        (p.end_line < ref.end_line || p.end_column <= ref.end_column)) {
      return p.index;
    }
  }
  return InstructionFor(ref, preferred);
}

absl::StatusOr<std::unique_ptr<CodeObjects>> CodeObjects::Compile(
    const std::string& source_path) {
  std::ifstream in(source_path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read '", source_path, "'"));
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string source = buffer.str();

  std::unique_ptr<CodeObjects> result(new CodeObjects());
  for (absl::string_view line : absl::StrSplit(source, '\n')) {
    std::string text(line);
    if (!text.empty() && text.back() == '\r') text.pop_back();
    result->source_lines_.push_back(std::move(text));
  }

  PyObject* globals = PyDict_New();
  if (globals == nullptr) return absl::InternalError(PythonErrorText());
  PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins());
  PyObject* ran = PyRun_String(kDescribeCode, Py_file_input, globals, globals);
  Py_XDECREF(ran);
  PyObject* describe = ran != nullptr ? PyDict_GetItemString(globals, "describe")
                                      : nullptr;
  PyObject* described = nullptr;
  PyObject* source_bytes =
      PyBytes_FromStringAndSize(source.data(), static_cast<Py_ssize_t>(source.size()));
  if (describe != nullptr && source_bytes != nullptr) {
    described = PyObject_CallFunction(describe, "Os", source_bytes, source_path.c_str());
  }
  Py_XDECREF(source_bytes);
  Py_DECREF(globals);
  if (described == nullptr) {
    return absl::InvalidArgumentError(absl::StrCat(
        "cannot compile '", source_path, "' to code objects: ", PythonErrorText()));
  }

  PyObject* issued = PyTuple_GET_ITEM(described, 1);
  for (Py_ssize_t i = 0; i < PyList_GET_SIZE(issued); ++i) {
    PyObject* warning = PyList_GET_ITEM(issued, i);
    result->compile_warnings_.push_back(
        {PyUnicode_AsUTF8(PyTuple_GET_ITEM(warning, 0)),
         PyUnicode_AsUTF8(PyTuple_GET_ITEM(warning, 1)),
         static_cast<int>(PyLong_AsLong(PyTuple_GET_ITEM(warning, 2)))});
  }
  PyObject* code_list = PyTuple_GET_ITEM(described, 0);
  for (Py_ssize_t i = 0; i < PyList_GET_SIZE(code_list); ++i) {
    PyObject* entry = PyList_GET_ITEM(code_list, i);
    auto info = std::make_unique<CodeObjectInfo>();
    info->number = static_cast<int>(i);
    info->code = Py_NewRef(PyTuple_GET_ITEM(entry, 0));
    info->qualname = PyUnicode_AsUTF8(PyTuple_GET_ITEM(entry, 1));
    info->first_line = static_cast<int>(PyLong_AsLong(PyTuple_GET_ITEM(entry, 2)));
    info->flags = static_cast<int>(PyLong_AsLong(PyTuple_GET_ITEM(entry, 3)));
    info->argcount = static_cast<int>(PyLong_AsLong(PyTuple_GET_ITEM(entry, 4)));
    info->posonlyargcount = static_cast<int>(PyLong_AsLong(PyTuple_GET_ITEM(entry, 5)));
    info->kwonlyargcount = static_cast<int>(PyLong_AsLong(PyTuple_GET_ITEM(entry, 6)));
    info->nfreevars = static_cast<int>(PyLong_AsLong(PyTuple_GET_ITEM(entry, 7)));
    PyObject* instructions = PyTuple_GET_ITEM(entry, 8);
    for (Py_ssize_t j = 0; j < PyList_GET_SIZE(instructions); ++j) {
      PyObject* t = PyList_GET_ITEM(instructions, j);
      InstructionPosition p;
      p.index = static_cast<int>(PyLong_AsLong(PyTuple_GET_ITEM(t, 0)));
      p.opname = PyUnicode_AsUTF8(PyTuple_GET_ITEM(t, 1));
      p.line = static_cast<int>(PyLong_AsLong(PyTuple_GET_ITEM(t, 2)));
      p.end_line = static_cast<int>(PyLong_AsLong(PyTuple_GET_ITEM(t, 3)));
      p.column = static_cast<int>(PyLong_AsLong(PyTuple_GET_ITEM(t, 4)));
      p.end_column = static_cast<int>(PyLong_AsLong(PyTuple_GET_ITEM(t, 5)));
      if (p.line > 0 && !info->first_of_line.contains(p.line)) {
        info->first_of_line[p.line] = p.index;
      }
      info->instructions.push_back(std::move(p));
    }
    ReadLocalsplus(info->code, *info);
    result->all_.push_back(std::move(info));
  }
  Py_DECREF(described);
  return result;
}

CodeObjects::~CodeObjects() {
  for (auto& info : all_) Py_XDECREF(info->code);
}

bool CodeObjects::MatchScopes(const ModuleTree& tree) {
  by_scope_.clear();
  absl::flat_hash_map<std::string, std::vector<const CodeObjectInfo*>> codes;
  for (const auto& info : all_) {
    if (info->number == 0) continue;
    codes[info->qualname].push_back(info.get());
  }
  absl::flat_hash_map<std::string, std::vector<const Scope*>> scopes;
  for (const Scope& scope : tree.scopes()) {
    if (&scope == tree.module_scope()) continue;
    scopes[scope.qualname()].push_back(&scope);
  }
  if (codes.size() != scopes.size()) return false;
  for (auto& [qualname, list] : scopes) {
    auto found = codes.find(qualname);
    if (found == codes.end() || found->second.size() != list.size()) return false;
    for (size_t i = 0; i < list.size(); ++i) {
      by_scope_[list[i]] = found->second[i];
    }
  }
  by_scope_[tree.module_scope()] = &module();
  return true;
}

const CodeObjectInfo* CodeObjects::ForScope(const Scope* scope) const {
  auto found = by_scope_.find(scope);
  return found != by_scope_.end() ? found->second : nullptr;
}

}  // namespace nuitka_cc
