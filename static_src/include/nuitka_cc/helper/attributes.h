/* Attribute access (LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD).
 *
 *   PyObject *value = LOOKUP_ATTRIBUTE(object, name);
 *   int is_method = NuitkaCC_LookupMethod(object, name, &method);
 */
#ifndef NUITKA_CC_HELPER_ATTRIBUTES_H_
#define NUITKA_CC_HELPER_ATTRIBUTES_H_

#define LOOKUP_ATTRIBUTE(object, name) PyObject_GetAttr(object, name)
#define SET_ATTRIBUTE(object, name, value) PyObject_SetAttr(object, name, value)
#define DEL_ATTRIBUTE(object, name) PyObject_SetAttr(object, name, NULL)

/* LOAD_METHOD: *method gets a new reference; returns 1 when it is an
 * unbound function to be called with `object` first, 0 when it is the
 * attribute itself, -1 (and *method NULL) on error. */
static inline int NuitkaCC_LookupMethod(PyObject *object, PyObject *name,
                                        PyObject **method) {
  *method = NULL;
  int unbound = _PyObject_GetMethod(object, name, method);
  if (unlikely(*method == NULL)) {
    return -1;
  }
  return unbound;
}

/* --- Per-site attribute caches ----------------------------------------- */

/* What an attribute read, write or method lookup found, checked by type
 * version and dict keys versions as CPython 3.11's specialized
 * LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_MODULE, STORE_ATTR_INSTANCE_VALUE,
 * LOAD_METHOD_NO_DICT and LOAD_METHOD_WITH_VALUES check their caches.
 * Unlike the interpreter's single entry, a site remembers a few types, so
 * that a site seeing several classes of a hierarchy keeps hitting. */
enum NuitkaCC_AttributeCacheKind {
  NUITKA_CC_ATTRIBUTE_NONE = 0,
  NUITKA_CC_ATTRIBUTE_INSTANCE_VALUE,  /* instance values slot `index` */
  NUITKA_CC_ATTRIBUTE_MODULE,          /* module dict entry `index` */
  NUITKA_CC_METHOD_NO_DICT,            /* `descriptor`, type without dict */
  NUITKA_CC_METHOD_WITH_VALUES,        /* `descriptor`, name not in values */
};

typedef struct {
  int kind;
  uint32_t version;      /* type version tag, or module dict keys version */
  uint32_t keys_version; /* methods with values: the shared keys' version */
  Py_ssize_t index;
  PyObject *descriptor;  /* borrowed from the type, valid for `version` */
} NuitkaCC_AttributeCacheEntry;

enum { NUITKA_CC_ATTRIBUTE_CACHE_ENTRIES = 4 };

typedef struct NuitkaCC_AttributeCache {
  int backoff;  /* misses left before trying to fill an entry again */
  int next;     /* the entry a fill replaces once all are used */
  NuitkaCC_AttributeCacheEntry entries[NUITKA_CC_ATTRIBUTE_CACHE_ENTRIES];
} NuitkaCC_AttributeCache;

PyObject *NuitkaCC_LoadAttributeAndCache(PyObject *object, PyObject *name,
                                         NuitkaCC_AttributeCache *cache);
int NuitkaCC_StoreAttributeAndCache(PyObject *object, PyObject *name,
                                    PyObject *value,
                                    NuitkaCC_AttributeCache *cache);
int NuitkaCC_LookupMethodAndCache(PyObject *object, PyObject *name,
                                  PyObject **method,
                                  NuitkaCC_AttributeCache *cache);

/* The value an entry gives for `object`, a new reference, or NULL. */
static inline PyObject *NuitkaCC_AttributeFromEntry(
    PyObject *object, const NuitkaCC_AttributeCacheEntry *entry) {
  if (entry->kind == NUITKA_CC_ATTRIBUTE_INSTANCE_VALUE) {
    if (likely(Py_TYPE(object)->tp_version_tag == entry->version)) {
      PyDictValues *values = *_PyObject_ValuesPointer(object);
      if (likely(values != NULL)) {
        PyObject *value = values->values[entry->index];
        if (likely(value != NULL)) {
          return Py_NewRef(value);
        }
      }
    }
  } else if (entry->kind == NUITKA_CC_ATTRIBUTE_MODULE) {
    if (likely(PyModule_CheckExact(object))) {
      PyDictObject *dict = (PyDictObject *)((PyModuleObject *)object)->md_dict;
      if (likely(dict != NULL && dict->ma_keys->dk_version == entry->version)) {
        PyObject *value = DK_UNICODE_ENTRIES(dict->ma_keys)[entry->index].me_value;
        if (likely(value != NULL)) {
          return Py_NewRef(value);
        }
      }
    }
  }
  return NULL;
}

/* The other entries, then the generic lookup (attributes.c). */
PyObject *NuitkaCC_LoadAttributeMiss(PyObject *object, PyObject *name,
                                     NuitkaCC_AttributeCache *cache);
int NuitkaCC_StoreAttributeMiss(PyObject *object, PyObject *name, PyObject *value,
                                NuitkaCC_AttributeCache *cache);
int NuitkaCC_LookupMethodMiss(PyObject *object, PyObject *name, PyObject **method,
                              NuitkaCC_AttributeCache *cache);

/* The first entry is checked inline: most sites see one type. */
static inline PyObject *NuitkaCC_LoadAttributeCached(
    PyObject *object, PyObject *name, NuitkaCC_AttributeCache *cache) {
  PyObject *value = NuitkaCC_AttributeFromEntry(object, &cache->entries[0]);
  if (likely(value != NULL)) {
    return value;
  }
  return NuitkaCC_LoadAttributeMiss(object, name, cache);
}

/* Stores through an instance values entry; 0 when it does not apply. */
static inline int NuitkaCC_StoreThroughEntry(PyObject *object, PyObject *value,
                                             const NuitkaCC_AttributeCacheEntry *entry) {
  if (entry->kind != NUITKA_CC_ATTRIBUTE_INSTANCE_VALUE ||
      Py_TYPE(object)->tp_version_tag != entry->version) {
    return 0;
  }
  PyDictValues *values = *_PyObject_ValuesPointer(object);
  if (unlikely(values == NULL)) {
    return 0;
  }
  PyObject *old = values->values[entry->index];
  values->values[entry->index] = Py_NewRef(value);
  if (old == NULL) {
    _PyDictValues_AddToInsertionOrder(values, entry->index);
  } else {
    Py_DECREF(old);
  }
  return 1;
}

/* object.name = value (`value` borrowed). 0 or -1. */
static inline int NuitkaCC_StoreAttributeCached(PyObject *object,
                                                PyObject *name, PyObject *value,
                                                NuitkaCC_AttributeCache *cache) {
  if (likely(NuitkaCC_StoreThroughEntry(object, value, &cache->entries[0]))) {
    return 0;
  }
  return NuitkaCC_StoreAttributeMiss(object, name, value, cache);
}

/* The method an entry gives for `object`: 1 (unbound method in *method),
 * 0 (attribute in *method), -1 when it does not apply. */
static inline int NuitkaCC_MethodFromEntry(PyObject *object,
                                           const NuitkaCC_AttributeCacheEntry *entry,
                                           PyObject **method) {
  PyTypeObject *type = Py_TYPE(object);
  if (entry->kind == NUITKA_CC_METHOD_NO_DICT) {
    if (likely(type->tp_version_tag == entry->version)) {
      *method = Py_NewRef(entry->descriptor);
      return 1;
    }
  } else if (entry->kind == NUITKA_CC_METHOD_WITH_VALUES) {
    if (likely(type->tp_version_tag == entry->version) &&
        likely(*_PyObject_ManagedDictPointer(object) == NULL) &&
        likely(((PyHeapTypeObject *)type)->ht_cached_keys->dk_version ==
               entry->keys_version)) {
      *method = Py_NewRef(entry->descriptor);
      return 1;
    }
  } else if (entry->kind == NUITKA_CC_ATTRIBUTE_MODULE) {
    PyObject *value = NuitkaCC_AttributeFromEntry(object, entry);
    if (value != NULL) {
      *method = value;
      return 0;
    }
  }
  return -1;
}

/* NuitkaCC_LookupMethod through a site's cache. */
static inline int NuitkaCC_LookupMethodCached(PyObject *object, PyObject *name,
                                              PyObject **method,
                                              NuitkaCC_AttributeCache *cache) {
  int found = NuitkaCC_MethodFromEntry(object, &cache->entries[0], method);
  if (likely(found >= 0)) {
    return found;
  }
  return NuitkaCC_LookupMethodMiss(object, name, method, cache);
}

/* The special method `name` looked up on the type and bound to `object`
 * (_PyObject_LookupSpecial); when missing, the with statement's TypeError
 * for __enter__, __exit__, __aenter__ and __aexit__. New reference. */
PyObject *NuitkaCC_LookupSpecial(PyObject *object, PyObject *name);

/* hasattr(object, name): 1, 0, or -1 on errors other than AttributeError. */
static inline int NuitkaCC_HasAttribute(PyObject *object, PyObject *name) {
  PyObject *value;
  int found = _PyObject_LookupAttr(object, name, &value);
  Py_XDECREF(value);
  return found;
}

#endif /* NUITKA_CC_HELPER_ATTRIBUTES_H_ */
