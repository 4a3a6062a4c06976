//! Generate the fixture catalogues as an outside crate would, for the generated-code tests.

fn main() {
    let fixtures = [
        (
            "fixtures/catalogs/shop",
            "ShopProblemType",
            "ShopProblem",
            "shop.rs",
        ),
        (
            "fixtures/catalogs/odd",
            "OddProblemType",
            "OddProblem",
            "odd.rs",
        ),
        (
            "fixtures/catalogs/tiny",
            "TinyProblemType",
            "TinyProblem",
            "tiny.rs",
        ),
    ];
    for (dir, type_enum, problem_enum, file) in fixtures {
        let result = errors_codegen::Config::new()
            .catalog_dir(dir)
            .type_enum_name(type_enum)
            .problem_enum_name(problem_enum)
            .compile(file);
        if let Err(err) = result {
            eprintln!("{err}");
            std::process::exit(1);
        }
    }
}
