//! The derive's input: a struct or an enum, its variants and fields, with their attributes.

use syn::{Data, DeriveInput, Generics, Ident, Member, Type};

use super::attr::{FieldAttrs, Spec};
use super::Errors;

pub struct Item<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    /// The type's own `#[problem(...)]`.
    pub spec: Spec,
    pub shape: Shape<'a>,
}

pub enum Shape<'a> {
    Struct(Vec<Field<'a>>),
    Enum(Vec<Variant<'a>>),
}

pub struct Variant<'a> {
    pub ident: &'a Ident,
    pub spec: Spec,
    pub fields: Vec<Field<'a>>,
}

pub struct Field<'a> {
    pub original: &'a syn::Field,
    /// `name` or `0`: how a pattern reaches it.
    pub member: Member,
    pub ty: &'a Type,
    pub attrs: FieldAttrs,
}

impl<'a> Item<'a> {
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Errors) -> Item<'a> {
        let spec = Spec::from_attrs(&input.attrs, errors);
        let shape = match &input.data {
            Data::Struct(data) => Shape::Struct(fields(&data.fields, errors)),
            Data::Enum(data) => Shape::Enum(
                data.variants
                    .iter()
                    .map(|v| Variant {
                        ident: &v.ident,
                        spec: Spec::from_attrs(&v.attrs, errors),
                        fields: fields(&v.fields, errors),
                    })
                    .collect(),
            ),
            Data::Union(data) => {
                errors.at(
                    data.union_token,
                    "#[derive(Problem)] supports structs and enums, not unions",
                );
                Shape::Struct(Vec::new())
            }
        };
        Item {
            ident: &input.ident,
            generics: &input.generics,
            spec,
            shape,
        }
    }
}

fn fields<'a>(fields: &'a syn::Fields, errors: &mut Errors) -> Vec<Field<'a>> {
    fields
        .iter()
        .enumerate()
        .map(|(i, field)| Field {
            original: field,
            member: match &field.ident {
                Some(ident) => Member::Named(ident.clone()),
                None => Member::Unnamed(i.into()),
            },
            ty: &field.ty,
            attrs: FieldAttrs::from_attrs(&field.attrs, errors),
        })
        .collect()
}
