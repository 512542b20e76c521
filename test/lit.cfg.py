# lit configuration for lockio's tests. The build fills in lit.site.cfg.py
# with the paths of the tools; this file turns them into substitutions.

import os

import lit.formats

config.name = "lockio"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".c", ".test"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.lockio_binary_dir, "test")

driver = os.path.join(config.test_source_root, "lockio_test.py")
check_lockio = " ".join([
    config.python, driver,
    "--clang-tidy", config.clang_tidy,
    "--plugin", config.plugin,
    "--filecheck", config.filecheck,
    "--clangxx", config.clangxx,
])
clang_tidy = "%s --load %s" % (config.clang_tidy, config.plugin)

config.substitutions.append(("%check_lockio", check_lockio))
config.substitutions.append(("%clang_tidy", clang_tidy))
config.substitutions.append(("%lockio_plugin", config.plugin))
config.substitutions.append(("%clangxx", config.clangxx))
config.substitutions.append(("%python", config.python))
config.substitutions.append(
    ("%mocks", os.path.join(config.test_source_root, "Inputs", "mocks")))
config.substitutions.append(("%inputs",
                             os.path.join(config.test_source_root, "Inputs")))
config.substitutions.append(("%fixtures", config.fixtures_dir))
config.substitutions.append(("%lockio_build", config.lockio_binary_dir))

# FileCheck and not come from the same LLVM as clang-tidy.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])

# Compiler flags of the libraries whose own headers some tests read, from
# pkg-config, with their folders made system include folders so that nothing
# in them is reported.
def library_flags(*modules):
    import subprocess
    try:
        flags = subprocess.run(["pkg-config", "--cflags", *modules],
                               capture_output=True, text=True,
                               check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return ""
    return " ".join("-isystem " + flag[2:] if flag.startswith("-I") else flag
                    for flag in flags)


config.substitutions.append(
    ("%qt5_flags", library_flags("Qt5Core", "Qt5Network")))
config.substitutions.append(("%glib_flags", library_flags("glib-2.0")))
