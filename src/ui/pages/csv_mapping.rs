//! The column-mapping step of a client CSV import: each column of the file,
//! an example value, and what it should become.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::clock;
use crate::domain::client_import::{
    assign, count_clients, guess_mapping, import_clients, ClientColumn, ClientImport,
};
use crate::domain::csv::read::Table;
use crate::i18n::{vocabulary, Key, Label, LaterKey};
use crate::ui::form::{choice_code, parse_choice};
use crate::ui::state::{tr, use_app};

/// A CSV file read and waiting for its columns to be matched.
#[derive(Clone)]
pub struct CsvFile {
    pub file_name: String,
    pub table: Arc<Table>,
}

#[component]
pub fn CsvMapping(
    file: CsvFile,
    #[prop(into)] on_preview: Callback<ClientImport>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let mapping = RwSignal::new(guess_mapping(&file.table.header, &vocabulary()));
    let error = RwSignal::new(None::<String>);
    let table = file.table.clone();
    let preview = move |_| {
        let result = app.workspace.with_untracked(|mine| {
            import_clients(
                &table,
                &mapping.get_untracked(),
                mine,
                &vocabulary(),
                clock::now(),
            )
        });
        match result {
            Ok(import) => on_preview.run(import),
            Err(_) => error.set(Some(app.t(LaterKey::CsvNeedsName).to_string())),
        }
    };
    let clients_found = {
        let table = file.table.clone();
        Memo::new(move |_| mapping.with(|m| count_clients(&table, m)))
    };
    let first_row = file.table.rows.first().cloned();
    let rows = file.table.rows.len();
    let columns: Vec<(usize, String, String)> = file
        .table
        .header
        .iter()
        .enumerate()
        .map(|(i, title)| {
            let example = first_row
                .as_ref()
                .map(|r| r.cell(i).to_string())
                .unwrap_or_default();
            (i, title.clone(), example)
        })
        .collect();
    let file_name = file.file_name.clone();

    view! {
        <div class="import-preview csv-mapping" role="region" aria-labelledby="csv-mapping-heading">
            <h3 id="csv-mapping-heading">{move || app.tf(LaterKey::CsvMappingTitle, &[("file", &file_name)])}</h3>
            <p class="muted">{tr(LaterKey::CsvMappingBody)}</p>
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{tr(LaterKey::CsvColumnInFile)}</th>
                        <th scope="col">{tr(LaterKey::CsvFirstRow)}</th>
                        <th scope="col">{tr(LaterKey::CsvImportAs)}</th>
                    </tr>
                </thead>
                <tbody>
                    {columns.into_iter().map(|(index, title, example)| {
                        let select_label = title.clone();
                        view! {
                            <tr>
                                <th scope="row">{title}</th>
                                <td class="muted csv-example">{example}</td>
                                <td>
                                    <select
                                        aria-label=move || format!("{} — {}", app.t(LaterKey::CsvImportAs), select_label)
                                        prop:value=move || mapping.with(|m| m[index].map(choice_code).unwrap_or_default())
                                        on:change:target=move |ev| {
                                            let chosen = parse_choice(&ClientColumn::ALL, &ev.target().value());
                                            error.set(None);
                                            mapping.update(|m| assign(m, index, chosen));
                                        }
                                    >
                                        <option value="">{tr(LaterKey::CsvDontImport)}</option>
                                        {ClientColumn::ALL.into_iter().map(|column| view! {
                                            <option value=choice_code(column)>{tr(column.label())}</option>
                                        }).collect_view()}
                                    </select>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <p class="muted" aria-live="polite">
                {move || match clients_found.get() {
                    Some(clients) => app.tf(LaterKey::CsvRowsRead, &[("rows", &rows.to_string()), ("clients", &clients.to_string())]),
                    None => app.t(LaterKey::CsvNeedsName).to_string(),
                }}
            </p>
            {move || error.get().map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            <div class="page-actions">
                <button class="btn btn-primary" on:click=preview>{tr(LaterKey::CsvPreview)}</button>
                <button class="btn btn-secondary" on:click=move |_| on_cancel.run(())>{tr(Key::Cancel)}</button>
            </div>
        </div>
    }
}
