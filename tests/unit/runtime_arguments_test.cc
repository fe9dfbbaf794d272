// The runtime's argument parsing (NuitkaCC_Function_ParseArguments) binds
// exactly what CPython binds and raises exactly CPython's TypeErrors: each
// call below is made both ways and the outcomes compared.
#include <Python.h>

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nuitka_cc/base/embedded_python.h"

extern "C" {
#include "nuitka_cc/helper/compiler.h"
#include "nuitka_cc/helper/functions.h"
}

namespace nuitka_cc {
namespace {

constexpr const char kFunctions[] = R"PY(
def positional(a, b, c=3):
    return locals()
def keyword_only(a, *, d, e=5):
    return locals()
def everything(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return locals()
def only_positional(x, y, /):
    return locals()
def nothing():
    return locals()
def one(x):
    return locals()
def defaults_all(a=1, b=2):
    return locals()
)PY";

class ArgumentsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(EmbeddedPython::Start().ok());
    namespace_ = PyDict_New();
    PyDict_SetItemString(namespace_, "__builtins__", PyEval_GetBuiltins());
    PyObject* result = PyRun_String(kFunctions, Py_file_input, namespace_, namespace_);
    ASSERT_NE(result, nullptr);
    Py_DECREF(result);
  }
  void TearDown() override { Py_XDECREF(namespace_); }

  // The outcome of a call, as text: the bound locals, or the TypeError.
  static std::string Outcome(PyObject* value) {
    if (value == nullptr) {
      PyObject *type, *error, *traceback;
      PyErr_Fetch(&type, &error, &traceback);
      PyErr_NormalizeException(&type, &error, &traceback);
      PyObject* text = PyObject_Str(error);
      std::string result = std::string(reinterpret_cast<PyTypeObject*>(type)->tp_name) +
                           ": " + PyUnicode_AsUTF8(text);
      Py_XDECREF(text);
      Py_XDECREF(type);
      Py_XDECREF(error);
      Py_XDECREF(traceback);
      return result;
    }
    PyObject* repr = PyObject_Repr(value);
    std::string result = PyUnicode_AsUTF8(repr);
    Py_DECREF(repr);
    Py_DECREF(value);
    return result;
  }

  // Calls `name` with `args` (a tuple expression) and `kwargs` (a dict
  // expression) through CPython, and binds the same through the runtime;
  // returns both outcomes.
  std::pair<std::string, std::string> Both(const char* name, const std::string& args,
                                           const std::string& kwargs) {
    PyObject* function = PyDict_GetItemString(namespace_, name);
    PyObject* args_tuple = PyRun_String(args.c_str(), Py_eval_input, namespace_, namespace_);
    PyObject* kwargs_dict =
        PyRun_String(kwargs.c_str(), Py_eval_input, namespace_, namespace_);
    EXPECT_NE(args_tuple, nullptr);
    EXPECT_NE(kwargs_dict, nullptr);
    std::string expected = Outcome(PyObject_Call(function, args_tuple, kwargs_dict));

    // The runtime: a vector of the positional then keyword values.
    std::vector<PyObject*> stack;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(args_tuple); ++i) {
      stack.push_back(PyTuple_GET_ITEM(args_tuple, i));
    }
    PyObject* kwnames = nullptr;
    if (PyDict_GET_SIZE(kwargs_dict) > 0) {
      kwnames = PyTuple_New(PyDict_GET_SIZE(kwargs_dict));
      PyObject *key, *value;
      Py_ssize_t position = 0, index = 0;
      while (PyDict_Next(kwargs_dict, &position, &key, &value)) {
        PyTuple_SET_ITEM(kwnames, index++, Py_NewRef(key));
        stack.push_back(value);
      }
    }
    auto* func = reinterpret_cast<PyFunctionObject*>(function);
    auto* code = reinterpret_cast<PyCodeObject*>(func->func_code);
    std::vector<PyObject*> localsplus(code->co_nlocalsplus, nullptr);
    int status = NuitkaCC_Function_ParseArguments(
        PyThreadState_Get(), func, localsplus.data(), stack.data(),
        PyTuple_GET_SIZE(args_tuple), kwnames);
    std::string actual;
    if (status < 0) {
      actual = Outcome(nullptr);
    } else {
      // As locals() shows them: the bound arguments by name.
      PyObject* bound = PyDict_New();
      for (int i = 0; i < code->co_nlocalsplus; ++i) {
        if (localsplus[i] != nullptr) {
          PyDict_SetItem(bound, PyTuple_GET_ITEM(code->co_localsplusnames, i), localsplus[i]);
        }
      }
      actual = Outcome(bound);
    }
    for (PyObject* value : localsplus) Py_XDECREF(value);
    Py_XDECREF(kwnames);
    Py_DECREF(args_tuple);
    Py_DECREF(kwargs_dict);
    return {expected, actual};
  }

  PyObject* namespace_ = nullptr;
};

struct Case {
  const char* function;
  const char* args;
  const char* kwargs;
};

TEST_F(ArgumentsTest, BindsAndFailsAsCPythonDoes) {
  const Case cases[] = {
      {"positional", "(1, 2)", "{}"},
      {"positional", "(1, 2, 4)", "{}"},
      {"positional", "(1,)", "{'b': 2}"},
      {"positional", "()", "{}"},
      {"positional", "(1,)", "{}"},
      {"positional", "(1, 2, 3, 4)", "{}"},
      {"positional", "(1, 2, 3, 4, 5)", "{}"},
      {"positional", "(1, 2)", "{'a': 5}"},
      {"positional", "(1, 2)", "{'z': 5}"},
      {"positional", "()", "{'c': 1, 'b': 2, 'a': 3}"},
      {"keyword_only", "(1,)", "{'d': 4}"},
      {"keyword_only", "(1,)", "{}"},
      {"keyword_only", "(1, 2)", "{'d': 4}"},
      {"keyword_only", "(1, 2, 3)", "{'d': 4, 'e': 5}"},
      {"everything", "(1,)", "{'d': 4}"},
      {"everything", "(1, 2, 3, 4, 5)", "{'d': 4, 'x': 9}"},
      {"everything", "()", "{'d': 4}"},
      {"everything", "(1,)", "{'a': 1, 'd': 2}"},
      {"everything", "(1,)", "{'b': 1}"},
      {"only_positional", "()", "{'x': 1, 'y': 2}"},
      {"only_positional", "(1,)", "{'y': 2}"},
      {"only_positional", "(1, 2, 3)", "{}"},
      {"nothing", "(1,)", "{}"},
      {"nothing", "()", "{'q': 1}"},
      {"one", "()", "{}"},
      {"one", "(1, 2)", "{}"},
      {"one", "(1,)", "{'x': 2}"},
      {"defaults_all", "(1, 2, 3)", "{}"},
      {"defaults_all", "()", "{'b': 5}"},
      {"positional", "()", "{'a': 1, 'b': 2, 'c': 3, 'd': 4}"},
  };
  for (const Case& c : cases) {
    auto [expected, actual] = Both(c.function, c.args, c.kwargs);
    EXPECT_EQ(actual, expected) << c.function << c.args << " " << c.kwargs;
  }
}

TEST_F(ArgumentsTest, MissingArgumentsListedInCPythonsWords) {
  auto [expected, actual] = Both("everything", "()", "{}");
  EXPECT_EQ(actual, expected);
  EXPECT_EQ(actual,
            "TypeError: everything() missing 1 required positional argument: 'a'");
  auto three = Both("positional", "()", "{'c': 1}");
  EXPECT_EQ(three.second,
            "TypeError: positional() missing 2 required positional arguments: 'a' and 'b'");
}

}  // namespace
}  // namespace nuitka_cc
