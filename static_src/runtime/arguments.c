/* Binding call arguments to parameters, with the TypeError messages of
 * CPython 3.11's initialize_locals (ceval.c): the same checks in the same
 * order, reading the function's current __defaults__, __kwdefaults__ and
 * __qualname__. Arguments are borrowed; bound slots get new references. */
#include "nuitka_cc/prelude.h"

/* "f() missing 2 required positional arguments: 'a' and 'b'" */
static void FormatMissing(PyThreadState *tstate, const char *kind,
                          PyObject *names, PyObject *qualname) {
  Py_ssize_t length = PyList_GET_SIZE(names);
  PyObject *name_text;
  switch (length) {
    case 1:
      name_text = Py_NewRef(PyList_GET_ITEM(names, 0));
      break;
    case 2:
      name_text = PyUnicode_FromFormat("%U and %U", PyList_GET_ITEM(names, 0),
                                       PyList_GET_ITEM(names, 1));
      break;
    default: {
      PyObject *tail =
          PyUnicode_FromFormat(", %U, and %U", PyList_GET_ITEM(names, length - 2),
                               PyList_GET_ITEM(names, length - 1));
      if (tail == NULL) {
        return;
      }
      if (PyList_SetSlice(names, length - 2, length, NULL) < 0) {
        Py_DECREF(tail);
        return;
      }
      PyObject *comma = PyUnicode_FromString(", ");
      if (comma == NULL) {
        Py_DECREF(tail);
        return;
      }
      PyObject *head = PyUnicode_Join(comma, names);
      Py_DECREF(comma);
      if (head == NULL) {
        Py_DECREF(tail);
        return;
      }
      name_text = PyUnicode_Concat(head, tail);
      Py_DECREF(head);
      Py_DECREF(tail);
      break;
    }
  }
  if (name_text == NULL) {
    return;
  }
  _PyErr_Format(tstate, PyExc_TypeError,
                "%U() missing %i required %s argument%s: %U", qualname,
                (int)length, kind, length == 1 ? "" : "s", name_text);
  Py_DECREF(name_text);
}

/* `defcount` -1: keyword-only parameters, else positional ones. */
static void MissingArguments(PyThreadState *tstate, PyCodeObject *code,
                             Py_ssize_t missing, Py_ssize_t defcount,
                             PyObject **localsplus, PyObject *qualname) {
  int positional = defcount != -1;
  PyObject *names = PyList_New(missing);
  if (names == NULL) {
    return;
  }
  Py_ssize_t start = positional ? 0 : code->co_argcount;
  Py_ssize_t end = positional ? code->co_argcount - defcount
                              : code->co_argcount + code->co_kwonlyargcount;
  Py_ssize_t found = 0;
  for (Py_ssize_t i = start; i < end; i++) {
    if (localsplus[i] == NULL) {
      PyObject *name =
          PyObject_Repr(PyTuple_GET_ITEM(code->co_localsplusnames, i));
      if (name == NULL) {
        Py_DECREF(names);
        return;
      }
      PyList_SET_ITEM(names, found++, name);
    }
  }
  FormatMissing(tstate, positional ? "positional" : "keyword-only", names,
                qualname);
  Py_DECREF(names);
}

static void TooManyPositional(PyThreadState *tstate, PyCodeObject *code,
                              Py_ssize_t given, PyObject *defaults,
                              PyObject **localsplus, PyObject *qualname) {
  Py_ssize_t argcount = code->co_argcount;
  Py_ssize_t kwonly_given = 0;
  for (Py_ssize_t i = argcount; i < argcount + code->co_kwonlyargcount; i++) {
    if (localsplus[i] != NULL) {
      kwonly_given++;
    }
  }
  Py_ssize_t defcount = defaults == NULL ? 0 : PyTuple_GET_SIZE(defaults);
  int plural;
  PyObject *signature;
  if (defcount) {
    plural = 1;
    signature =
        PyUnicode_FromFormat("from %zd to %zd", argcount - defcount, argcount);
  } else {
    plural = argcount != 1;
    signature = PyUnicode_FromFormat("%zd", argcount);
  }
  if (signature == NULL) {
    return;
  }
  PyObject *kwonly_text;
  if (kwonly_given) {
    kwonly_text = PyUnicode_FromFormat(
        " positional argument%s (and %zd keyword-only argument%s)",
        given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
  } else {
    kwonly_text = PyUnicode_FromString("");
  }
  if (kwonly_text == NULL) {
    Py_DECREF(signature);
    return;
  }
  _PyErr_Format(tstate, PyExc_TypeError,
                "%U() takes %U positional argument%s but %zd%U %s given",
                qualname, signature, plural ? "s" : "", given, kwonly_text,
                given == 1 && !kwonly_given ? "was" : "were");
  Py_DECREF(signature);
  Py_DECREF(kwonly_text);
}

/* 1 (and TypeError set) when positional-only parameters were passed by
 * keyword, else 0; -1 on other errors. */
static int PositionalOnlyPassedAsKeyword(PyThreadState *tstate,
                                         PyCodeObject *code, PyObject *kwnames,
                                         PyObject *qualname) {
  Py_ssize_t kwcount = PyTuple_GET_SIZE(kwnames);
  PyObject *conflicts = PyList_New(0);
  if (conflicts == NULL) {
    return -1;
  }
  for (int k = 0; k < code->co_posonlyargcount; k++) {
    PyObject *posonly_name = PyTuple_GET_ITEM(code->co_localsplusnames, k);
    for (Py_ssize_t k2 = 0; k2 < kwcount; k2++) {
      PyObject *kwname = PyTuple_GET_ITEM(kwnames, k2);
      int equal = kwname == posonly_name
                      ? 1
                      : PyObject_RichCompareBool(posonly_name, kwname, Py_EQ);
      if (equal < 0 || (equal > 0 && PyList_Append(conflicts, kwname) < 0)) {
        Py_DECREF(conflicts);
        return -1;
      }
    }
  }
  if (PyList_GET_SIZE(conflicts) == 0) {
    Py_DECREF(conflicts);
    return 0;
  }
  PyObject *comma = PyUnicode_FromString(", ");
  PyObject *names = comma == NULL ? NULL : PyUnicode_Join(comma, conflicts);
  Py_XDECREF(comma);
  Py_DECREF(conflicts);
  if (names == NULL) {
    return -1;
  }
  _PyErr_Format(tstate, PyExc_TypeError,
                "%U() got some positional-only arguments passed as keyword "
                "arguments: '%U'",
                qualname, names);
  Py_DECREF(names);
  return 1;
}

int NuitkaCC_Function_ParseArguments(PyThreadState *tstate,
                                     PyFunctionObject *func,
                                     PyObject **localsplus,
                                     PyObject *const *args, Py_ssize_t nargs,
                                     PyObject *kwnames) {
  PyCodeObject *code = (PyCodeObject *)func->func_code;
  const Py_ssize_t total_args = code->co_argcount + code->co_kwonlyargcount;
  PyObject *qualname = func->func_qualname;

  /* **kwargs collects unknown keywords. */
  PyObject *kwdict = NULL;
  if (code->co_flags & CO_VARKEYWORDS) {
    kwdict = PyDict_New();
    if (kwdict == NULL) {
      return -1;
    }
    Py_ssize_t index = total_args + ((code->co_flags & CO_VARARGS) ? 1 : 0);
    localsplus[index] = kwdict;
  }

  /* Positional arguments into the positional parameters. */
  Py_ssize_t bound = nargs > code->co_argcount ? code->co_argcount : nargs;
  for (Py_ssize_t j = 0; j < bound; j++) {
    localsplus[j] = Py_NewRef(args[j]);
  }

  /* The rest into *args. */
  if (code->co_flags & CO_VARARGS) {
    PyObject *rest = _PyTuple_FromArray(args + bound, nargs - bound);
    if (rest == NULL) {
      return -1;
    }
    localsplus[total_args] = rest;
  }

  /* Keyword arguments. */
  if (kwnames != NULL) {
    Py_ssize_t kwcount = PyTuple_GET_SIZE(kwnames);
    PyObject **names = _PyTuple_ITEMS(code->co_localsplusnames);
    for (Py_ssize_t i = 0; i < kwcount; i++) {
      PyObject *keyword = PyTuple_GET_ITEM(kwnames, i);
      PyObject *value = args[nargs + i];
      if (keyword == NULL || !PyUnicode_Check(keyword)) {
        _PyErr_Format(tstate, PyExc_TypeError,
                      "%U() keywords must be strings", qualname);
        return -1;
      }
      /* Names are normally interned: identity first, then equality. */
      Py_ssize_t j;
      for (j = code->co_posonlyargcount; j < total_args; j++) {
        if (names[j] == keyword) {
          goto found;
        }
      }
      for (j = code->co_posonlyargcount; j < total_args; j++) {
        int equal = PyObject_RichCompareBool(keyword, names[j], Py_EQ);
        if (equal > 0) {
          goto found;
        }
        if (equal < 0) {
          return -1;
        }
      }
      if (kwdict == NULL) {
        if (code->co_posonlyargcount &&
            PositionalOnlyPassedAsKeyword(tstate, code, kwnames, qualname) !=
                0) {
          return -1;
        }
        _PyErr_Format(tstate, PyExc_TypeError,
                      "%U() got an unexpected keyword argument '%S'", qualname,
                      keyword);
        return -1;
      }
      if (PyDict_SetItem(kwdict, keyword, value) < 0) {
        return -1;
      }
      continue;
    found:
      if (localsplus[j] != NULL) {
        _PyErr_Format(tstate, PyExc_TypeError,
                      "%U() got multiple values for argument '%S'", qualname,
                      keyword);
        return -1;
      }
      localsplus[j] = Py_NewRef(value);
    }
  }

  if (nargs > code->co_argcount && !(code->co_flags & CO_VARARGS)) {
    TooManyPositional(tstate, code, nargs, func->func_defaults, localsplus,
                      qualname);
    return -1;
  }

  /* Missing positional arguments take their defaults. */
  if (nargs < code->co_argcount) {
    Py_ssize_t defcount =
        func->func_defaults == NULL ? 0 : PyTuple_GET_SIZE(func->func_defaults);
    Py_ssize_t required = code->co_argcount - defcount;
    Py_ssize_t missing = 0;
    for (Py_ssize_t i = nargs; i < required; i++) {
      if (localsplus[i] == NULL) {
        missing++;
      }
    }
    if (missing) {
      MissingArguments(tstate, code, missing, defcount, localsplus, qualname);
      return -1;
    }
    Py_ssize_t i = bound > required ? bound - required : 0;
    for (; i < defcount; i++) {
      if (localsplus[required + i] == NULL) {
        localsplus[required + i] =
            Py_NewRef(PyTuple_GET_ITEM(func->func_defaults, i));
      }
    }
  }

  /* Missing keyword-only arguments take theirs. */
  if (code->co_kwonlyargcount > 0) {
    Py_ssize_t missing = 0;
    for (Py_ssize_t i = code->co_argcount; i < total_args; i++) {
      if (localsplus[i] != NULL) {
        continue;
      }
      PyObject *name = PyTuple_GET_ITEM(code->co_localsplusnames, i);
      if (func->func_kwdefaults != NULL) {
        PyObject *value = PyDict_GetItemWithError(func->func_kwdefaults, name);
        if (value != NULL) {
          localsplus[i] = Py_NewRef(value);
          continue;
        }
        if (_PyErr_Occurred(tstate)) {
          return -1;
        }
      }
      missing++;
    }
    if (missing) {
      MissingArguments(tstate, code, missing, -1, localsplus, qualname);
      return -1;
    }
  }
  return 0;
}
