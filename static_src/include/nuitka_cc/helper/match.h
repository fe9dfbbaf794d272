/* Pattern matching, as CPython 3.11's MATCH_SEQUENCE, MATCH_MAPPING,
 * MATCH_KEYS, COPY_DICT_WITHOUT_KEYS and MATCH_CLASS do it, with their
 * messages.
 *
 *   PyObject *values = NuitkaCC_MatchKeys(tstate, subject, keys);  // or None
 */
#ifndef NUITKA_CC_HELPER_MATCH_H_
#define NUITKA_CC_HELPER_MATCH_H_

/* MATCH_SEQUENCE and MATCH_MAPPING: the type's flags. */
static inline int NuitkaCC_MatchIsSequence(PyObject *subject) {
  return (Py_TYPE(subject)->tp_flags & Py_TPFLAGS_SEQUENCE) != 0;
}
static inline int NuitkaCC_MatchIsMapping(PyObject *subject) {
  return (Py_TYPE(subject)->tp_flags & Py_TPFLAGS_MAPPING) != 0;
}

/* UNPACK_SEQUENCE `count` (star < 0) or UNPACK_EX with the starred item at
 * `star`: a tuple of the items, the starred one a list. */
PyObject *NuitkaCC_MatchSequenceUnpack(PyThreadState *tstate, PyObject *subject,
                                       Py_ssize_t count, Py_ssize_t star);

/* MATCH_KEYS: the values of `keys` (a tuple) through the mapping's get(),
 * or None (a new reference) when one is missing. */
PyObject *NuitkaCC_MatchKeys(PyThreadState *tstate, PyObject *subject,
                             PyObject *keys);

/* **rest of a mapping pattern: a dict copy without `keys`. */
PyObject *NuitkaCC_MatchMappingRest(PyObject *subject, PyObject *keys);

/* The class of a class pattern: TypeError unless it is a type. */
PyObject *NuitkaCC_MatchClassType(PyThreadState *tstate, PyObject *cls);

/* MATCH_CLASS after its isinstance check: `positional` attributes named by
 * __match_args__ (or the subject itself for the builtins that match self),
 * then those named in `keywords` (a tuple); None when one is missing. */
PyObject *NuitkaCC_MatchClassArgs(PyThreadState *tstate, PyObject *subject,
                                  PyObject *type, Py_ssize_t positional,
                                  PyObject *keywords);

#endif /* NUITKA_CC_HELPER_MATCH_H_ */
