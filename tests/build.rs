//! Generate the fixture catalogue as an outside crate would, for the generated-code tests.

fn main() {
    let result = errors_codegen::Config::new()
        .catalog_dir("fixtures/catalogs/shop")
        .type_enum_name("ShopProblemType")
        .problem_enum_name("ShopProblem")
        .compile("shop.rs");
    if let Err(err) = result {
        eprintln!("{err}");
        std::process::exit(1);
    }
}
