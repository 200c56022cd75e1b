// SPDX-FileCopyrightText: 2026 LLM Breakeven Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace planner {

class FieldEditor;
class WeekProfileEditor;

// Several workloads on one fleet (cost model, section 11): a chooser of the scenario's workloads,
// buttons to add, duplicate and remove them, and the chosen one's own inputs: name, volume,
// output share, traffic shape, API model and whether it may be self-hosted. A scenario without a
// workloads list shows only the button that adds a second workload. Like the input panel, it
// never changes the scenario itself: it proposes the next one.
class WorkloadsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WorkloadsPanel(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario);
    // The workload whose inputs are shown (an index into Scenario::workloads).
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    QComboBox *chooser() const { return m_chooser; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *removeButton() const { return m_remove; }
    QLineEdit *nameEdit() const { return m_name; }
    FieldEditor *volumeEditor() const { return m_volume; }
    FieldEditor *outputShareEditor() const { return m_outputShare; }
    WeekProfileEditor *profileEditor() const { return m_profile; }
    QComboBox *apiModelChooser() const { return m_apiModel; }
    QCheckBox *selfhostBox() const { return m_selfhostOk; }

signals:
    // mergeKey is ScenarioDocument::NoMerge, or a key shared by the steps of one slider drag.
    void edited(const Scenario &next, const QString &description, int mergeKey);
    void dragStarted();
    void dragFinished();
    void problem(const QString &message);

private:
    QWidget *makeButtons();
    QWidget *makeForm();
    FieldEditor *makeEditor(const char *key, double Workload::*member, int mergeKey,
                            QWidget *parent);
    QComboBox *makeApiModelChooser(QWidget *parent);
    void proposeList(const Scenario &next, int current, const QString &description);
    void editCurrent(const std::function<void(Workload &)> &change, const QString &description,
                     int mergeKey);
    void rename();
    void showCurrent();

    Scenario m_scenario;
    int m_current = 0;
    QComboBox *m_chooser = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    FieldEditor *m_volume = nullptr;
    FieldEditor *m_outputShare = nullptr;
    WeekProfileEditor *m_profile = nullptr;
    QComboBox *m_apiModel = nullptr;
    QCheckBox *m_selfhostOk = nullptr;
};

} // namespace planner
