/* Pattern matching helpers, as ceval.c's unpack_iterable, match_keys and
 * match_class and the COPY_DICT_WITHOUT_KEYS instruction of CPython 3.11. */
#include "nuitka_cc/prelude.h"

/* unpack_iterable: `before` items, then (after >= 0) a list of the middle
 * and `after` items, into a tuple. */
static PyObject *UnpackIterable(PyThreadState *tstate, PyObject *subject,
                                Py_ssize_t before, Py_ssize_t after) {
  Py_ssize_t total = before + (after >= 0 ? 1 + after : 0);
  PyObject *result = PyTuple_New(total);
  if (result == NULL) {
    return NULL;
  }
  PyObject *iterator = PyObject_GetIter(subject);
  if (iterator == NULL) {
    Py_DECREF(result);
    return NULL;
  }
  for (Py_ssize_t i = 0; i < before; i++) {
    PyObject *item = PyIter_Next(iterator);
    if (item == NULL) {
      if (!_PyErr_Occurred(tstate)) {
        if (after < 0) {
          _PyErr_Format(tstate, PyExc_ValueError,
                        "not enough values to unpack (expected %d, got %d)",
                        (int)before, (int)i);
        } else {
          _PyErr_Format(tstate, PyExc_ValueError,
                        "not enough values to unpack "
                        "(expected at least %d, got %d)",
                        (int)(before + after), (int)i);
        }
      }
      goto error;
    }
    PyTuple_SET_ITEM(result, i, item);
  }
  if (after < 0) {
    PyObject *item = PyIter_Next(iterator);
    if (item == NULL) {
      if (_PyErr_Occurred(tstate)) {
        goto error;
      }
      Py_DECREF(iterator);
      return result;
    }
    Py_DECREF(item);
    _PyErr_Format(tstate, PyExc_ValueError,
                  "too many values to unpack (expected %d)", (int)before);
    goto error;
  }
  PyObject *middle = PySequence_List(iterator);
  if (middle == NULL) {
    goto error;
  }
  Py_ssize_t length = PyList_GET_SIZE(middle);
  if (length < after) {
    _PyErr_Format(tstate, PyExc_ValueError,
                  "not enough values to unpack (expected at least %d, got %zd)",
                  (int)(before + after), before + length);
    Py_DECREF(middle);
    goto error;
  }
  for (Py_ssize_t j = 0; j < after; j++) {
    PyTuple_SET_ITEM(result, before + 1 + j,
                     Py_NewRef(PyList_GET_ITEM(middle, length - after + j)));
  }
  if (PyList_SetSlice(middle, length - after, length, NULL) < 0) {
    Py_DECREF(middle);
    goto error;
  }
  PyTuple_SET_ITEM(result, before, middle);
  Py_DECREF(iterator);
  return result;

error:
  Py_DECREF(iterator);
  Py_DECREF(result);
  return NULL;
}

PyObject *NuitkaCC_MatchSequenceUnpack(PyThreadState *tstate, PyObject *subject,
                                       Py_ssize_t count, Py_ssize_t star) {
  if (star < 0) {
    /* UNPACK_SEQUENCE reads exact tuples and lists of the size directly. */
    if ((PyTuple_CheckExact(subject) || PyList_CheckExact(subject)) &&
        Py_SIZE(subject) == count) {
      PyObject **items = PyTuple_CheckExact(subject)
                             ? _PyTuple_ITEMS(subject)
                             : ((PyListObject *)subject)->ob_item;
      return _PyTuple_FromArray(items, count);
    }
    return UnpackIterable(tstate, subject, count, -1);
  }
  return UnpackIterable(tstate, subject, star, count - star - 1);
}

PyObject *NuitkaCC_MatchKeys(PyThreadState *tstate, PyObject *subject,
                             PyObject *keys) {
  Py_ssize_t count = PyTuple_GET_SIZE(keys);
  if (count == 0) {
    return PyTuple_New(0);
  }
  PyObject *seen = NULL;
  PyObject *dummy = NULL;
  PyObject *values = NULL;
  PyObject *get = NULL;
  /* get(key, default): checks and reads at once, and does not create keys
   * in mappings with __missing__. */
  int method_found = _PyObject_GetMethod(subject, &_Py_ID(get), &get);
  if (get == NULL) {
    goto fail;
  }
  seen = PySet_New(NULL);
  if (seen == NULL) {
    goto fail;
  }
  dummy = _PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type);
  if (dummy == NULL) {
    goto fail;
  }
  values = PyTuple_New(count);
  if (values == NULL) {
    goto fail;
  }
  for (Py_ssize_t i = 0; i < count; i++) {
    PyObject *key = PyTuple_GET_ITEM(keys, i);
    if (PySet_Contains(seen, key) || PySet_Add(seen, key)) {
      if (!_PyErr_Occurred(tstate)) {
        _PyErr_Format(tstate, PyExc_ValueError,
                      "mapping pattern checks duplicate key (%R)", key);
      }
      goto fail;
    }
    PyObject *args[] = {subject, key, dummy};
    PyObject *value = method_found ? PyObject_Vectorcall(get, args, 3, NULL)
                                   : PyObject_Vectorcall(get, &args[1], 2, NULL);
    if (value == NULL) {
      goto fail;
    }
    if (value == dummy) {
      Py_DECREF(value);
      Py_SETREF(values, Py_NewRef(Py_None));
      break;
    }
    PyTuple_SET_ITEM(values, i, value);
  }
  Py_DECREF(get);
  Py_DECREF(seen);
  Py_DECREF(dummy);
  return values;

fail:
  Py_XDECREF(get);
  Py_XDECREF(seen);
  Py_XDECREF(dummy);
  Py_XDECREF(values);
  return NULL;
}

PyObject *NuitkaCC_MatchMappingRest(PyObject *subject, PyObject *keys) {
  PyObject *rest = PyDict_New();
  if (rest == NULL || NuitkaCC_DictUpdateForDisplay(rest, subject) < 0) {
    Py_XDECREF(rest);
    return NULL;
  }
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(keys); i++) {
    if (PyObject_DelItem(rest, PyTuple_GET_ITEM(keys, i)) < 0) {
      Py_DECREF(rest);
      return NULL;
    }
  }
  return rest;
}

PyObject *NuitkaCC_MatchClassType(PyThreadState *tstate, PyObject *cls) {
  if (!PyType_Check(cls)) {
    _PyErr_Format(tstate, PyExc_TypeError, "called match pattern must be a type");
    return NULL;
  }
  return Py_NewRef(cls);
}

/* An attribute for a class pattern: NULL without an exception when the
 * subject lacks it. */
static PyObject *ClassAttribute(PyThreadState *tstate, PyObject *subject,
                                PyObject *type, PyObject *name, PyObject *seen) {
  if (PySet_Contains(seen, name) || PySet_Add(seen, name)) {
    if (!_PyErr_Occurred(tstate)) {
      _PyErr_Format(tstate, PyExc_TypeError,
                    "%s() got multiple sub-patterns for attribute %R",
                    ((PyTypeObject *)type)->tp_name, name);
    }
    return NULL;
  }
  PyObject *attribute = PyObject_GetAttr(subject, name);
  if (attribute == NULL && _PyErr_ExceptionMatches(tstate, PyExc_AttributeError)) {
    _PyErr_Clear(tstate);
  }
  return attribute;
}

PyObject *NuitkaCC_MatchClassArgs(PyThreadState *tstate, PyObject *subject,
                                  PyObject *type, Py_ssize_t positional,
                                  PyObject *keywords) {
  PyObject *seen = PySet_New(NULL);
  if (seen == NULL) {
    return NULL;
  }
  PyObject *attributes = PyList_New(0);
  if (attributes == NULL) {
    Py_DECREF(seen);
    return NULL;
  }
  PyObject *match_args = NULL;
  if (positional) {
    int match_self = 0;
    match_args = PyObject_GetAttrString(type, "__match_args__");
    if (match_args != NULL) {
      if (!PyTuple_CheckExact(match_args)) {
        _PyErr_Format(tstate, PyExc_TypeError,
                      "%s.__match_args__ must be a tuple (got %s)",
                      ((PyTypeObject *)type)->tp_name, Py_TYPE(match_args)->tp_name);
        goto fail;
      }
    } else if (_PyErr_ExceptionMatches(tstate, PyExc_AttributeError)) {
      _PyErr_Clear(tstate);
      /* Builtins like int match themselves, unless a subclass defines
       * __match_args__. */
      match_args = PyTuple_New(0);
      if (match_args == NULL) {
        goto fail;
      }
      match_self = PyType_HasFeature((PyTypeObject *)type, _Py_TPFLAGS_MATCH_SELF);
    } else {
      goto fail;
    }
    Py_ssize_t allowed = match_self ? 1 : PyTuple_GET_SIZE(match_args);
    if (allowed < positional) {
      _PyErr_Format(tstate, PyExc_TypeError,
                    "%s() accepts %d positional sub-pattern%s (%d given)",
                    ((PyTypeObject *)type)->tp_name, (int)allowed,
                    allowed == 1 ? "" : "s", (int)positional);
      goto fail;
    }
    if (match_self) {
      if (PyList_Append(attributes, subject) < 0) {
        goto fail;
      }
    } else {
      for (Py_ssize_t i = 0; i < positional; i++) {
        PyObject *name = PyTuple_GET_ITEM(match_args, i);
        if (!PyUnicode_CheckExact(name)) {
          _PyErr_Format(tstate, PyExc_TypeError,
                        "__match_args__ elements must be strings (got %s)",
                        Py_TYPE(name)->tp_name);
          goto fail;
        }
        PyObject *attribute = ClassAttribute(tstate, subject, type, name, seen);
        if (attribute == NULL) {
          goto fail;
        }
        int failed = PyList_Append(attributes, attribute) < 0;
        Py_DECREF(attribute);
        if (failed) {
          goto fail;
        }
      }
    }
    Py_CLEAR(match_args);
  }
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(keywords); i++) {
    PyObject *name = PyTuple_GET_ITEM(keywords, i);
    PyObject *attribute = ClassAttribute(tstate, subject, type, name, seen);
    if (attribute == NULL) {
      goto fail;
    }
    int failed = PyList_Append(attributes, attribute) < 0;
    Py_DECREF(attribute);
    if (failed) {
      goto fail;
    }
  }
  Py_SETREF(attributes, PyList_AsTuple(attributes));
  Py_DECREF(seen);
  return attributes;

fail:
  Py_XDECREF(match_args);
  Py_DECREF(seen);
  Py_DECREF(attributes);
  if (_PyErr_Occurred(tstate)) {
    return NULL;
  }
  /* A missing attribute: no match. */
  return Py_NewRef(Py_None);
}
