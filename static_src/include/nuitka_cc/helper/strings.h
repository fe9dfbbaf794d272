/* f-strings: FORMAT_VALUE and BUILD_STRING.
 *
 *   PyObject *text = NuitkaCC_FormatValue(value, spec_or_NULL);
 *   PyObject *joined = NuitkaCC_JoinStrings(parts, count);
 */
#ifndef NUITKA_CC_HELPER_STRINGS_H_
#define NUITKA_CC_HELPER_STRINGS_H_

/* format(value, spec) as an f-string field: an exact str without a spec is
 * its own result. New reference or NULL. */
static inline PyObject *NuitkaCC_FormatValue(PyObject *value, PyObject *spec) {
  if (spec == NULL && PyUnicode_CheckExact(value)) {
    return Py_NewRef(value);
  }
  return PyObject_Format(value, spec);
}

/* Concatenates `count` str objects. */
static inline PyObject *NuitkaCC_JoinStrings(PyObject *const *parts,
                                             Py_ssize_t count) {
  PyObject *empty = PyUnicode_New(0, 0);
  if (unlikely(empty == NULL)) {
    return NULL;
  }
  PyObject *result = _PyUnicode_JoinArray(empty, parts, count);
  Py_DECREF(empty);
  return result;
}

#endif /* NUITKA_CC_HELPER_STRINGS_H_ */
