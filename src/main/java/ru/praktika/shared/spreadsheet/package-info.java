/** Streaming reading of XLSX and ODS spreadsheets, row by row, with one text normalisation for both formats. */
package ru.praktika.shared.spreadsheet;
