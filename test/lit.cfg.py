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
